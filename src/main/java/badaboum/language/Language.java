package badaboum.language;

import java.util.Locale;

/** A language badaboum speaks: what a person reads is written in it, files are not. */
public enum Language {
  EN("en", Locale.ENGLISH),
  FR("fr", Locale.FRENCH);

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** As {@code --lang} and HTML's {@code lang} attribute write it: en, fr. */
  public String tag() {
    return tag;
  }

  /** The locale its numbers and dates are formatted for. */
  public Locale locale() {
    return locale;
  }

  /** French when {@code locale} is French (fr, fr_FR, fr_CA...), English otherwise. */
  public static Language of(Locale locale) {
    return FR.tag.equals(locale.getLanguage()) ? FR : EN;
  }

  /**
   * The JVM's default locale's language (./badaboum passes the shell's LANG, LC_MESSAGES or LC_ALL
   * to Java even when it runs under another charset), English when it is neither.
   */
  public static Language fromDefault() {
    return of(Locale.getDefault());
  }

  /**
   * The language written {@code tag} ({@code en}, {@code fr}, any case).
   *
   * @throws IllegalArgumentException naming the languages there are
   */
  public static Language parse(String tag) {
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(tag.strip())) {
        return language;
      }
    }
    throw new IllegalArgumentException(
        "'" + tag + "' is not a language badaboum speaks; use en or fr");
  }
}
