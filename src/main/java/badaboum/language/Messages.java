package badaboum.language;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words a person reads, in one {@link Language}, from a resource bundle, and numbers and dates
 * formatted for it: {@code 12,345} and {@code 0.5} in English, {@code 12 345} (a narrow no-break
 * space) and {@code 0,5} in French.
 *
 * <p>A message is a pattern whose placeholders {@code {0}}, {@code {1}}... are filled in order of
 * their number, wherever the language puts them; there is no other syntax (an apostrophe is an
 * apostrophe, unlike {@link java.text.MessageFormat}'s). English is the base bundle: a French
 * bundle without a key falls back to it, and a test holds the two bundles' keys together.
 */
public final class Messages {
  /** The bundle of the report, the verdict and the terminal. */
  public static final String BUNDLE = "badaboum.language.messages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Language language;
  private final ResourceBundle bundle;

  private Messages(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  /** badaboum's own messages in {@code language}. */
  public static Messages of(Language language) {
    return of(BUNDLE, language);
  }

  /**
   * The messages of another bundle (the workshop console may keep its own), in {@code language}.
   * English is looked up as the base bundle, never as the JVM's default locale's.
   */
  public static Messages of(String baseName, Language language) {
    Locale lookup = language == Language.EN ? Locale.ROOT : language.locale();
    return new Messages(language, ResourceBundle.getBundle(baseName, lookup, NO_FALLBACK));
  }

  public Language language() {
    return language;
  }

  public Locale locale() {
    return language.locale();
  }

  /** Every key of the bundle, its base's included. */
  public Set<String> keys() {
    return bundle.keySet();
  }

  /** Whether the bundle has the message {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * The message {@code key} as written, placeholders included.
   *
   * @throws MissingResourceException when no bundle has it: a bug
   */
  public String text(String key) {
    return bundle.getString(key);
  }

  /** The message {@code key} with {@code {n}} replaced by the text of {@code args[n]}. */
  public String format(String key, Object... args) {
    StringBuilder out = new StringBuilder();
    fill(
        key,
        new Filler() {
          @Override
          public void text(String text) {
            out.append(text);
          }

          @Override
          public void placeholder(int index) {
            out.append(args[index]);
          }
        });
    return out.toString();
  }

  /** What a message is made of, in order: its text and its placeholders. */
  public interface Filler {
    void text(String text);

    void placeholder(int index);
  }

  /** Walks the message {@code key}: each run of text, each placeholder's number, in order. */
  public void fill(String key, Filler filler) {
    String pattern = text(key);
    int from = 0;
    for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', open + 1)) {
      int close = pattern.indexOf('}', open);
      if (close < 0 || !isIndex(pattern, open + 1, close)) {
        continue;
      }
      if (open > from) {
        filler.text(pattern.substring(from, open));
      }
      filler.placeholder(Integer.parseInt(pattern.substring(open + 1, close)));
      from = close + 1;
      open = close;
    }
    if (from < pattern.length()) {
      filler.text(pattern.substring(from));
    }
  }

  private static boolean isIndex(String pattern, int from, int to) {
    if (to == from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(pattern.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A whole number, grouped: 12,345 / 12 345. */
  public String count(long value) {
    return String.format(locale(), "%,d", value);
  }

  /** A number rounded to {@code decimals} places, grouped: 1,234.5 / 1 234,5. */
  public String number(double value, int decimals) {
    return String.format(locale(), "%,." + decimals + "f", value);
  }

  /** A decimal as it is (its own scale, no grouping), with the language's decimal separator. */
  public String decimal(BigDecimal value) {
    return String.format(locale(), "%." + Math.max(0, value.scale()) + "f", value);
  }

  /** An instant, in UTC so that the same files give the same page anywhere: {@code date.time}. */
  public String dateTime(Instant instant) {
    return DateTimeFormatter.ofPattern(text("date.time"), locale())
        .withZone(ZoneOffset.UTC)
        .format(instant);
  }
}
