package badaboum.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** manifest.json as types: written, read back the same, and refused with a reason when damaged. */
class ManifestTest {
  @TempDir Path dir;

  static Manifest sample() {
    Manifest manifest =
        Manifest.create(
            new Manifest.Sweep(
                "1.0",
                "abc",
                "flagship",
                "scenarios/flagship.yaml",
                2012,
                "grid",
                3,
                List.of("audience.discovery"),
                List.of("steady", "boum"),
                4,
                365,
                24,
                true),
            List.of(new Manifest.Input("data", "/data/edges.csv", "00ff")),
            Instant.parse("2024-01-01T00:00:00Z"));
    manifest.beginSession(
        Manifest.SessionKind.SWEEP, 8, Instant.parse("2024-01-01T00:00:01Z"), "badaboum sweep x");
    manifest.endSession(
        Instant.parse("2024-01-01T00:01:00Z"),
        Manifest.Status.INTERRUPTED,
        new Manifest.Counts(10, 2, 12),
        new Manifest.Work(12, 0));
    manifest.beginSession(
        Manifest.SessionKind.RETRY_FAILED, 2, Instant.parse("2024-01-02T00:00:00Z"), null);
    return manifest;
  }

  @Test
  void whatIsWrittenIsReadBack() throws IOException {
    Manifest written = sample();
    written.write(dir);
    Manifest read = Manifest.read(dir);
    assertThat(read.sweep()).isEqualTo(written.sweep());
    assertThat(read.inputs()).isEqualTo(written.inputs());
    assertThat(read.sessions()).isEqualTo(written.sessions());
    assertThat(read.status()).isEqualTo(Manifest.Status.RUNNING);
    assertThat(read.counts()).isEqualTo(new Manifest.Counts(10, 2, 12));
    assertThat(read.started()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(read.ended()).isNull();
    assertThat(read.sessions().get(1).work()).isNull();
    assertThat(read.layout().runCount()).isEqualTo(24);
    Files.delete(ResultsFile.MANIFEST.in(dir));
    read.write(dir);
    assertThat(Files.readString(ResultsFile.MANIFEST.in(dir)))
        .contains("\"status\" : \"running\"")
        .contains("\"kind\" : \"retry-failed\"");
  }

  @Test
  void aManifestOfTheFirstFormatHasNoInputs() throws IOException {
    sample().write(dir);
    Path file = ResultsFile.MANIFEST.in(dir);
    String text = Files.readString(file);
    String withoutInputs = text.replaceAll("(?s)\"inputs\" : \\[.*?\\],", "");
    Files.writeString(file, withoutInputs.replace("\"format\" : 2", "\"format\" : 1"));
    assertThat(Manifest.read(dir).inputs()).isEmpty();
  }

  @Test
  void aDamagedManifestIsRefusedWithWhatIsWrongAndHowToRebuildIt() throws IOException {
    sample().write(dir);
    Path file = ResultsFile.MANIFEST.in(dir);
    String text = Files.readString(file);
    for (String[] damage :
        new String[][] {
          {"\"status\" : \"running\"", "\"status\" : \"done\"", "its status is \"done\""},
          {"\"replications\" : 4,", "", "it lacks the runs, the design's points, the arms"},
          {"\"kind\" : \"sweep\"", "\"kind\" : \"walk\"", "a session's kind is \"walk\""},
          {"2024-01-01T00:00:00Z", "yesterday", "started is yesterday, not a time"},
          {"}\n", "", "Unexpected end-of-input"}
        }) {
      Files.writeString(file, text.replace(damage[0], damage[1]));
      assertThatThrownBy(() -> Manifest.read(dir))
          .isInstanceOf(ResultsException.class)
          .hasMessageContaining(file + " is damaged (")
          .hasMessageContaining(damage[2])
          .hasMessageEndingWith(
              "put back a copy if you have one, or delete it and rebuild it from the folder's"
                  + " scenario.effective.yaml and runs.csv with: badaboum sweep --resume "
                  + dir);
    }
  }

  @Test
  void aManifestThatCannotBeWrittenWholeIsWrittenInPlaceAfterAFailure() throws IOException {
    Manifest manifest = sample();
    manifest.write(dir);
    // a folder named like the file written aside stops the whole write, as a full disk would
    Files.createDirectories(AtomicWrite.temporary(ResultsFile.MANIFEST.in(dir)));
    manifest.endSession(
        Instant.parse("2024-01-02T00:01:00Z"),
        Manifest.Status.INTERRUPTED,
        new Manifest.Counts(12, 0, 12),
        new Manifest.Work(2, 0));
    manifest.writeAfterFailure(dir);
    assertThat(Manifest.read(dir).status()).isEqualTo(Manifest.Status.INTERRUPTED);
  }
}
