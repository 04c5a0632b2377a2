package badaboum.report;

import badaboum.result.RunOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Per-run daily traces, written only on request ({@code --traces}): {@code traces/run-ID.csv} with
 * the columns of the run command's daily.csv, the id zero-padded so that the files sort in run
 * order. Each file appears whole or not at all (written aside, then moved).
 */
final class TraceFiles {
  static final String FOLDER = "traces";

  private final Path folder;
  private final int width;

  TraceFiles(Path results, long runs) throws IOException {
    this.folder = Files.createDirectories(results.resolve(FOLDER));
    this.width = Long.toString(Math.max(0, runs - 1)).length();
  }

  Path file(long runId) {
    return folder.resolve(String.format(Locale.ROOT, "run-%0" + width + "d.csv", runId));
  }

  /** Writes the run's trace unless it is already there (a run recovered after a crash). */
  void write(RunOutcome run) throws IOException {
    Path file = file(run.runId());
    if (Files.exists(file)) {
      return;
    }
    Path temporary = folder.resolve("." + file.getFileName() + ".tmp");
    Files.writeString(temporary, RunTables.dailyHeader() + RunTables.dailyRows(run.result()));
    Files.move(
        temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
