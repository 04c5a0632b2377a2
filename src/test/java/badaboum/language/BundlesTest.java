package badaboum.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource bundle of badaboum (the report's, and any other a package keeps) speaks both
 * languages: each English message has a French one and each French one an English one, with the
 * same placeholders; and no French message is an English sentence left as it was. A message the
 * same in both languages is allowed only when it is a word or two ("Verdict", "sentiment", "{0}
 * {1}"), never a phrase of three words or more. Each message is a pattern in both languages or a
 * plain text in both.
 */
class BundlesTest {
  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
  private static final Pattern LANGUAGE_TAGGED =
      Pattern.compile("_[a-z]{2}(_[A-Z]{2})?\\.properties$");

  @Test
  void theMainBundleIsFoundAndHasAFrenchTwin() throws IOException {
    assertThat(englishBundles())
        .contains(RESOURCES.resolve(Messages.BUNDLE.replace('.', '/') + ".properties"));
  }

  @Test
  void everyEnglishMessageHasAFrenchOneAndViceVersa() throws IOException {
    for (Path english : englishBundles()) {
      Path french = frenchTwin(english);
      assertThat(french).as("the French bundle of " + english).exists();
      Set<String> en = load(english).stringPropertyNames();
      Set<String> fr = load(french).stringPropertyNames();
      assertThat(new TreeSet<>(fr)).as("keys of " + french).isEqualTo(new TreeSet<>(en));
    }
  }

  /**
   * A message is either a pattern (the code fills its placeholders) or a text (printed as it is),
   * in both languages alike: a French {@code {0}} in a message the code prints as it is would reach
   * the reader. Which placeholders a pattern uses may differ: a language picks among the forms of a
   * word the code passes ("cancellations", "les annulations").
   */
  @Test
  void aMessageIsAPatternInBothLanguagesOrInNeither() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path english : englishBundles()) {
      Properties en = load(english);
      Properties fr = load(frenchTwin(english));
      for (String key : en.stringPropertyNames()) {
        String translated = fr.getProperty(key);
        if (translated != null
            && placeholders(en.getProperty(key)).isEmpty() != placeholders(translated).isEmpty()) {
          wrong.add(english.getFileName() + " " + key);
        }
      }
    }
    assertThat(wrong).as("messages with placeholders in one language only").isEmpty();
  }

  @Test
  void noFrenchMessageIsAnEnglishPhraseLeftAsItWas() throws IOException {
    List<String> untranslated = new ArrayList<>();
    for (Path english : englishBundles()) {
      Properties en = load(english);
      Properties fr = load(frenchTwin(english));
      for (String key : en.stringPropertyNames()) {
        String value = en.getProperty(key);
        if (value.equals(fr.getProperty(key)) && words(value) >= 3) {
          untranslated.add(key + "=" + value);
        }
      }
    }
    assertThat(untranslated).isEmpty();
  }

  /** The words of a message, its placeholders left out. */
  static int words(String message) {
    String text = PLACEHOLDER.matcher(message).replaceAll(" ");
    int words = 0;
    for (String token : text.split("[\\s\\u00a0\\u202f]+")) {
      if (token.codePoints().anyMatch(Character::isLetter)) {
        words++;
      }
    }
    return words;
  }

  private static Set<String> placeholders(String message) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /**
   * The English (base) bundles: every .properties file of badaboum's packages without a language
   * tag (messages.properties, not messages_fr.properties).
   */
  static List<Path> englishBundles() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES.resolve("badaboum"))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".properties"))
          .filter(f -> !LANGUAGE_TAGGED.matcher(f.getFileName().toString()).find())
          .sorted()
          .toList();
    }
  }

  static Path frenchTwin(Path english) {
    String name = english.getFileName().toString();
    return english.resolveSibling(name.replaceFirst("\\.properties$", "_fr.properties"));
  }

  /** A bundle as Java reads it (UTF-8 since Java 9). */
  static Properties load(Path bundle) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
