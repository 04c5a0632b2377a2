package badaboum.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The figures the facilitator notes announce ("what it usually shows") are the runs': each {@code
 * [[...]]} figure is the mean over 20 replicates of the scenario, as {@link NoteFigures#format}
 * writes it. The French notes announce the same figures: the same tokens (metric, point, arms and
 * figures) as the English ones. When the model changes on purpose, regenerate them (in both
 * languages) with {@code mvn test -Dtest=WorkshopNotesTest -Dbadaboum.notes=update} and read the
 * difference before committing.
 */
class WorkshopNotesTest {

  @Test
  void everyFigureInTheNotesIsTheRuns() throws IOException {
    boolean update = "update".equals(System.getProperty("badaboum.notes"));
    List<String> wrong = new ArrayList<>();
    for (Path file : workshopFiles()) {
      Scenario scenario = Lesson.load(file.getFileName().toString());
      String english = scenario.notes().en();
      String french = scenario.notes().fr();
      assertThat(english).as(file.toString()).contains("Seeds:", "Ask the room", "Knob");
      assertThat(french).as(file.toString()).contains("Sources", "Demandez", "Réglage");
      List<NoteFigures> tokens = NoteFigures.in(english);
      assertThat(tokens).as("figures in the notes of " + file).isNotEmpty();
      assertThat(written(NoteFigures.in(french)))
          .as("the French notes of %s announce the English notes' figures", file)
          .isEqualTo(written(tokens));
      Map<Map<String, Object>, Lesson> runs = new HashMap<>();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (NoteFigures token : tokens) {
        NoteFigures.requireArms(scenario, token);
        Lesson lesson =
            runs.computeIfAbsent(
                token.point(), point -> Lesson.of(scenario, point, scenario.seed()));
        Map<String, String> measured = new LinkedHashMap<>();
        for (String arm : token.figures().keySet()) {
          double[] values =
              lesson.values(scenario.arms().indexOf(arm), Lesson.summary(token.summaryMetric()));
          double mean =
              Arrays.stream(values).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
          measured.put(arm, NoteFigures.format(token.metric(), mean));
        }
        if (!measured.equals(token.figures())) {
          wrong.add(
              file.getFileName()
                  + ": "
                  + token.written(token.figures())
                  + " but the runs give "
                  + token.written(measured));
        }
        text = replaceTokens(text, token, token.written(measured));
      }
      if (update) {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      }
    }
    assertThat(wrong)
        .as("note figures that are not the runs' (regenerate: -Dbadaboum.notes=update)")
        .isEmpty();
  }

  /** The tokens as written, in order: a multiset two notes can be compared by. */
  private static List<String> written(List<NoteFigures> tokens) {
    return tokens.stream().map(t -> t.written(t.figures())).sorted().toList();
  }

  /**
   * The file's text with every token like {@code token} (the same metric, point and figures)
   * replaced: the one in the English notes and the one in the French notes.
   */
  private static String replaceTokens(String text, NoteFigures token, String written) {
    Matcher m = NoteFigures.TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      NoteFigures found = NoteFigures.in(m.group()).get(0);
      m.appendReplacement(out, Matcher.quoteReplacement(found.equals(token) ? written : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  static List<Path> workshopFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios/workshop"))) {
      return files
          .filter(f -> f.getFileName().toString().matches("h\\d+-.*\\.yaml"))
          .sorted()
          .toList();
    }
  }
}
