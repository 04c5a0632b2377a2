package badaboum.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import badaboum.result.SweepLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ResultsFolder creates, reuses and refuses. */
class ResultsFolderTest {
  @TempDir Path dir;

  @Test
  void aSweepsFolderAppearsWholeOrNotAtAll() throws IOException {
    Path folder = dir.resolve("whole");
    ResultsFolder.createWhole(
        folder,
        staging -> {
          assertThat(folder).doesNotExist(); // nothing shows while it is set up
          Files.writeString(staging.resolve("a.txt"), "a");
        });
    assertThat(Files.readString(folder.resolve("a.txt"))).isEqualTo("a");
    assertThat(hidden()).isEmpty();

    Path failed = dir.resolve("failed");
    assertThatThrownBy(
            () ->
                ResultsFolder.createWhole(
                    failed,
                    staging -> {
                      Files.writeString(staging.resolve("a.txt"), "a");
                      throw new IOException("No space left on device");
                    }))
        .hasMessage("cannot create results folder " + failed);
    assertThat(failed).doesNotExist();
    assertThat(hidden()).isEmpty();
  }

  @Test
  void aSetupLeftByAProcessThatDiedIsRemovedNextTime() throws IOException {
    Path abandoned = Files.createDirectories(dir.resolve(".old.starting-999999999"));
    Files.writeString(abandoned.resolve("scenario.yaml"), "x");
    ResultsFolder.createWhole(dir.resolve("next"), staging -> {});
    assertThat(abandoned).doesNotExist();
  }

  @Test
  void anEmptyFolderIsUsedAndOneThatHoldsFilesIsNot() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    ResultsFolder.createWhole(empty, staging -> Files.writeString(staging.resolve("b"), "b"));
    assertThat(empty.resolve("b")).exists();
    assertThat(hidden()).as("an empty folder, a mount point maybe, is set up in place").isEmpty();

    Path taken = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(taken.resolve("daily.csv"), "precious");
    assertThatThrownBy(() -> ResultsFolder.createWhole(taken, staging -> {}))
        .isInstanceOf(ResultsException.class)
        .hasMessageContaining("already exists and is not empty; results are never overwritten");
    assertThat(Files.readString(taken.resolve("daily.csv"))).isEqualTo("precious");
  }

  @Test
  void aFolderThatHoldsASweepSaysWhetherToResumeIt() throws IOException {
    for (Manifest.Status status : Manifest.Status.values()) {
      Path folder = Files.createDirectories(dir.resolve(status.label()));
      Manifest manifest =
          Manifest.create(
              new Manifest.Sweep(
                  "v", null, "s", "s.yaml", 1, "none", 1, List.of(), List.of("a"), 1, 10, 1, false),
              List.of(),
              Instant.EPOCH);
      manifest.beginSession(Manifest.SessionKind.SWEEP, 1, Instant.EPOCH, null);
      if (status != Manifest.Status.RUNNING) {
        manifest.endSession(
            Instant.EPOCH, status, new Manifest.Counts(1, 0, 0), new Manifest.Work(1, 0));
      }
      manifest.write(folder);
      assertThatThrownBy(() -> ResultsFolder.createWhole(folder, staging -> {}))
          .isInstanceOf(ResultsException.class)
          .hasMessageContaining(
              status.finished()
                  ? "holds a finished sweep; results are never overwritten"
                  : "holds a sweep that did not finish (status "
                      + status.label()
                      + "); go on with it: badaboum sweep --resume "
                      + folder);
    }
  }

  @Test
  void onlyWhatASweepWritesBeforeItsFirstRunIsReused() throws IOException {
    Path lock = Files.createDirectories(dir.resolve("lock"));
    Files.writeString(ResultsFile.LOCK.in(lock), "");
    assertThat(ResultsFolder.neverBegan(lock)).isTrue();

    Path header = Files.createDirectories(dir.resolve("header"));
    Files.writeString(
        ResultsFile.RUNS.in(header),
        new RunsCsv(new SweepLayout(1, List.of("a"), 1, List.of())).header());
    assertThat(ResultsFolder.neverBegan(header)).isTrue();
    Files.writeString(
        ResultsFile.RUNS.in(header), "0,0,a,0,1,ok\n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(ResultsFolder.neverBegan(header)).as("a run is recorded").isFalse();

    Path notOurs = Files.createDirectories(dir.resolve("not-ours"));
    Files.writeString(notOurs.resolve("daily.csv"), "precious");
    assertThat(ResultsFolder.neverBegan(notOurs)).as("no trace of a sweep").isFalse();
    Files.writeString(ResultsFile.LOCK.in(notOurs), "");
    Files.writeString(notOurs.resolve("notes.txt"), "mine");
    assertThat(ResultsFolder.neverBegan(notOurs)).as("a file badaboum never writes").isFalse();

    assertThatThrownBy(() -> ResultsFolder.create(lock))
        .as("a run's folder is never emptied")
        .isInstanceOf(ResultsException.class);
  }

  private List<Path> hidden() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> p.getFileName().toString().startsWith(".")).toList();
    }
  }
}
