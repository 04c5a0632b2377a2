package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.language.Language;
import badaboum.language.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The report of a real small sweep rendered with {@code --lang fr} keeps no English sentence of its
 * template: no run of three words or more of an English message (the text between its placeholders)
 * appears in the French page's text, nor in what the sweep printed. The sweeps are the golden
 * files' (the arms' verdict, a grid, Sobol and Morris designs), so the page's sections for each
 * design are written; one more has bilingual notes, and one is an interrupted folder.
 */
class FrenchReportTest {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern STYLE = Pattern.compile("(?s)<(style|script)[^>]*>.*?</\\1>");
  private static final Pattern SVG = Pattern.compile("(?s)<svg.*?</svg>");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");

  @TempDir Path dir;

  StringWriter out;

  int run(String... args) {
    out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    return cl.execute(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tiny", "sweep-tiny", "report-sobol", "report-morris"})
  void theFrenchReportOfASmallSweepHasNoEnglishSentence(String scenario) throws IOException {
    Path folder = dir.resolve(scenario);
    Path file = Path.of("src/test/resources/scenarios/" + scenario + ".yaml");
    int code = run("sweep", file.toString(), "--quiet", "--lang", "fr", "--out", folder.toString());
    assertThat(code).as(out.toString()).isZero();
    String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<html lang=\"fr\">");
    assertThat(englishIn(pageText(html))).as("English sentences in the French report").isEmpty();
    Matcher chart = SVG.matcher(html);
    while (chart.find()) {
      assertThat(pageText(chart.group()))
          .as("a chart's labels (French decimals have a comma)")
          .doesNotContainPattern("\\d\\.\\d");
    }
    assertThat(englishIn(plain(out.toString())))
        .as("English sentences in what the sweep printed")
        .isEmpty();
  }

  @Test
  void theFrenchReportShowsTheScenariosFrenchWordsAndNotesForPeople() throws IOException {
    Path scenario = dir.resolve("bilingual.yaml");
    Files.writeString(
        scenario,
        Files.readString(Path.of("src/test/resources/scenarios/tiny.yaml"))
            .replaceFirst(
                "(?m)^description: .*$",
                """
                description: {en: A small market in two languages., fr: Un petit marché en deux langues.}
                notes:
                  en: |
                    Seeds: none. Ask the room: [[final_active: steady 1.7, boum 1.7]].
                  fr: |
                    Sources : aucune. Demandez à la salle : [[final_active: steady 1.7, boum 1.7]].
                """),
        StandardCharsets.UTF_8);
    Path folder = dir.resolve("bilingual");
    assertThat(run("sweep", scenario.toString(), "--quiet", "--lang", "fr", "--out", folder + ""))
        .as(out.toString())
        .isZero();
    String html = Files.readString(folder.resolve("report.html"));
    // The page shows the scenario file as written (both languages) in its appendix: the words
    // the page itself writes are before it.
    String text = pageText(html.substring(0, html.indexOf("<pre")));
    assertThat(text.contains("Un petit marché en deux langues.")).as(text).isTrue();
    assertThat(text.contains("Demandez à la salle : actifs à la fin : steady 1,7, boum 1,7."))
        .as(text)
        .isTrue();
    assertThat(List.of("A small market in two languages", "Ask the room", "[["))
        .noneMatch(text::contains);
    assertThat(englishIn(text)).isEmpty();
  }

  @Test
  void theFrenchReportOfAnInterruptedSweepHasNoEnglishSentence() throws IOException {
    Path folder = dir.resolve("interrupted");
    assertThat(run("sweep", SweepCommandTest.TINY.toString(), "--quiet", "--out", folder + ""))
        .isZero();
    List<String> rows = Files.readAllLines(folder.resolve("runs.csv"));
    Files.write(folder.resolve("runs.csv"), rows.subList(0, rows.size() - 2));
    assertThat(run("report", folder.toString(), "--lang", "fr")).isZero();
    String text = pageText(Files.readString(folder.resolve("report.html")));
    assertThat(text.contains("Interrompu : 4 simulations enregistrées sur 6")).as(text).isTrue();
    assertThat(englishIn(text)).isEmpty();
    assertThat(englishIn(plain(out.toString()))).isEmpty();
  }

  @Test
  void theCheckFindsAnEnglishSentenceWhereThereIsOne() {
    Messages en = Messages.of(Language.EN);
    String sentence = englishRuns(en).get(0);
    assertThat(englishIn("Un rapport en français. " + sentence + " Fin."))
        .containsExactly(sentence);
  }

  /** The English messages' runs of three words or more found in {@code text}, sorted. */
  static List<String> englishIn(String text) {
    return new ArrayList<>(
        new TreeSet<>(
            englishRuns(Messages.of(Language.EN)).stream().filter(text::contains).toList()));
  }

  /**
   * Every run of text between two placeholders of an English message, spaces made single and
   * punctuation trimmed at its ends, that has three words or more.
   */
  static List<String> englishRuns(Messages en) {
    List<String> runs = new ArrayList<>();
    for (String key : new TreeSet<>(en.keys())) {
      en.fill(
          key,
          new Messages.Filler() {
            @Override
            public void text(String text) {
              String run = trimPunctuation(plain(text));
              if (run.split(" ").length >= 3) {
                runs.add(run);
              }
            }

            @Override
            public void placeholder(int index) {}
          });
    }
    return runs;
  }

  private static String trimPunctuation(String text) {
    return text.replaceAll("^[\\p{Punct}\\s—–]+|[\\p{Punct}\\s—–]+$", "");
  }

  /** What a person reads on the page: no style, no tags, entities decoded, spaces made single. */
  static String pageText(String html) {
    String text = TAG.matcher(STYLE.matcher(html).replaceAll(" ")).replaceAll(" ");
    text =
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&apos;", "'")
            .replace("&amp;", "&");
    return plain(text);
  }

  private static String plain(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
