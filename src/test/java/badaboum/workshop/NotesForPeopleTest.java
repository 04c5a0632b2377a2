package badaboum.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.language.Language;
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
      String shown = new FacilitatorNotes(Language.EN).forPeople(s.notes().en());
      assertThat(shown).as(file.toString()).doesNotContain("[[").doesNotContain("]]");
      for (NoteFigures token : NoteFigures.in(s.notes().en())) {
        String words = token.metric().replace('_', ' ');
        if (token.path() != null) {
          words += " (" + token.path() + " = " + token.value() + ")";
        }
        assertThat(shown).as(file.toString()).contains(words + ": ");
        token.figures().forEach((arm, figure) -> assertThat(shown).contains(arm + " " + figure));
      }
      assertThat(new FacilitatorNotes(Language.FR).forPeople(s.notes().fr()))
          .as(file.toString())
          .doesNotContain("[[")
          .doesNotContain("]]");
      assertThat(s.verdict().mechanism().en()).as("the mechanism of " + file).isNotBlank();
      assertThat(s.verdict().mechanism().fr()).as("the French mechanism of " + file).isNotBlank();
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
