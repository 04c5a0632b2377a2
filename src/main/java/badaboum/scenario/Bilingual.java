package badaboum.scenario;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words a scenario writes for people in English and, when it wants, in French: {@code description:
 * text} (English) or {@code description: {en: text, fr: texte}}. A language left out falls back to
 * the other, so a scenario written in one language reads in both.
 *
 * @param en the English words; "" for none
 * @param fr the French words; "" for none
 */
public record Bilingual(String en, String fr) {
  /** No words in either language. */
  public static final Bilingual NONE = new Bilingual("", "");

  public Bilingual {
    en = en == null ? "" : en;
    fr = fr == null ? "" : fr;
  }

  /** Words given in English only, as a plain text is. */
  public static Bilingual english(String text) {
    return new Bilingual(text, "");
  }

  /** The words for {@code locale}'s language: its own when given, else the other language's. */
  public String in(Locale locale) {
    String wanted = locale.getLanguage().equals("fr") ? fr : en;
    if (!wanted.isBlank()) {
      return wanted;
    }
    return en.isBlank() ? fr : en;
  }

  public boolean isBlank() {
    return en.isBlank() && fr.isBlank();
  }

  /** As scenario.effective.yaml writes them: a text when only English is given, else both. */
  Object effective() {
    if (fr.isEmpty()) {
      return en;
    }
    Map<String, Object> both = new LinkedHashMap<>();
    both.put("en", en);
    both.put("fr", fr);
    return both;
  }
}
