package badaboum.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.report.FacilitatorNotes;
import badaboum.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every figure token of the workshop notes, as {@link NoteFigures} (the test that regenerates them)
 * reads them, is written for a person where notes are shown ({@link FacilitatorNotes}), with its
 * metric and its figures; and each workshop scenario names the mechanism its verdict prints.
 */
class NotesForPeopleTest {
  @Test
  void everyTokenOfTheWorkshopNotesIsRendered() throws IOException {
    for (Path file : workshop()) {
      Scenario s = Lesson.load(file.getFileName().toString());
      String shown = FacilitatorNotes.forPeople(s.notes());
      assertThat(shown).as(file.toString()).doesNotContain("[[").doesNotContain("]]");
      for (NoteFigures token : NoteFigures.in(s.notes())) {
        String words = token.metric().replace('_', ' ');
        if (token.path() != null) {
          words += " (" + token.path() + " = " + token.value() + ")";
        }
        assertThat(shown).as(file.toString()).contains(words + ": ");
        token.figures().forEach((arm, figure) -> assertThat(shown).contains(arm + " " + figure));
      }
      assertThat(s.verdict().mechanism()).as("the mechanism of " + file).isNotBlank();
    }
  }

  private static List<Path> workshop() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios/workshop"))) {
      return files
          .filter(f -> f.getFileName().toString().matches("h\\d.*\\.yaml"))
          .sorted()
          .toList();
    }
  }
}
