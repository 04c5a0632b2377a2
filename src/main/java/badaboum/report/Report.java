package badaboum.report;

import badaboum.results.AtomicWrite;
import badaboum.results.ResultsException;
import badaboum.results.ResultsFile;
import badaboum.results.RunTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a results folder's analysis next to its runs: statistics.csv, comparison.csv,
 * survival.csv, sensitivity.csv (sobol and morris designs) and report.html. Reads only the folder's
 * files, so it works on any sweep's folder, finished or interrupted, and never runs a simulation.
 * The same folder always gives the same bytes (bootstrap seeds derive from the master seed; no
 * clock is read).
 */
public final class Report {
  private Report() {}

  /**
   * What was written.
   *
   * @param files the files, in the order written (report.html last)
   * @param status one line: complete, with failures, or interrupted with counts
   * @param interrupted whether runs are missing
   * @param verdict the verdict's sentences as plain text
   * @param problems what the folder lacks that it should have (the report leaves it out), each with
   *     the command that repairs it; empty when the folder is whole
   */
  public record Written(
      List<Path> files,
      String status,
      boolean interrupted,
      List<String> verdict,
      List<String> problems) {}

  /**
   * Analyses {@code folder} and writes the files, each whole or not at all.
   *
   * @throws ResultsException when the folder is not a sweep's or its files are damaged
   * @throws java.io.UncheckedIOException when a file cannot be written
   */
  public static Written write(Path folder) {
    SweepResults results = SweepResults.read(folder);
    List<Path> files = new ArrayList<>();
    files.add(write(folder, StatisticsTable.FILE, results.statistics().csv()));
    files.add(write(folder, ComparisonTable.FILE, results.comparisons().csv()));
    files.add(write(folder, SurvivalTable.FILE, results.survival().csv()));
    if (results.sensitivity() != null) {
      files.add(write(folder, SensitivityTable.FILE, results.sensitivity().csv()));
    }
    List<Sentence> verdict = Verdict.of(results);
    files.add(write(folder, ResultsFile.REPORT.fileName(), ReportPage.render(results, verdict)));
    return new Written(
        files,
        statusLine(results),
        !results.complete(),
        verdict.stream().map(Sentence::plain).toList(),
        results.problems());
  }

  /** Where the sweep stands, in one line a person can act on. */
  static String statusLine(SweepResults r) {
    RunTable runs = r.runs();
    long planned = r.layout().runCount();
    long recorded = runs.okCount() + runs.failedCount();
    if (runs.missingCount() > 0) {
      return String.format(
          Locale.ROOT,
          "Interrupted: %,d of %,d runs recorded (%,d ok, %,d failed); everything here is from"
              + " those runs only. Go on with: badaboum sweep --resume %s",
          recorded,
          planned,
          runs.okCount(),
          runs.failedCount(),
          r.folder());
    }
    if (runs.failedCount() > 0) {
      return String.format(
          Locale.ROOT,
          "Complete with failures: %,d of %,d runs ok, %,d failed and left out (their pairs too)."
              + " Run them again with: badaboum sweep --retry-failed %s",
          runs.okCount(),
          planned,
          runs.failedCount(),
          r.folder());
    }
    return String.format(Locale.ROOT, "Complete: %,d runs, all ok.", planned);
  }

  private static Path write(Path folder, String name, String text) {
    Path file = folder.resolve(name);
    AtomicWrite.text(file, text);
    return file;
  }
}
