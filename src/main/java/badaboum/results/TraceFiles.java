package badaboum.results;

import badaboum.result.RunOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Per-run daily traces, written only on request ({@code --traces}): {@code traces/run-ID.csv} with
 * the columns of the run command's traces.csv, the id zero-padded so that the files sort in run
 * order. Each file appears whole or not at all ({@link AtomicWrite}).
 */
final class TraceFiles {
  private final Path folder;
  private final int width;
  private final RunTables tables;

  TraceFiles(Path results, long runs, BrandColumns columns) throws IOException {
    this.tables = new RunTables(columns);
    this.folder = Files.createDirectories(ResultsFile.TRACES.in(results));
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
    try {
      AtomicWrite.text(file, tables.dailyHeader() + tables.dailyRows(run.result()));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Removes what a kill left aside in {@code results}/traces. */
  static void removeTemporaryFiles(Path results) throws IOException {
    AtomicWrite.removeTemporaryFiles(ResultsFile.TRACES.in(results));
  }
}
