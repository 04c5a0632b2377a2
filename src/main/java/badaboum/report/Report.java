package badaboum.report;

import badaboum.language.Language;
import badaboum.language.Messages;
import badaboum.results.AtomicWrite;
import badaboum.results.ResultsException;
import badaboum.results.ResultsFile;
import badaboum.results.RunTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a results folder's analysis next to its runs: statistics.csv, comparison.csv,
 * survival.csv, sensitivity.csv (sobol and morris designs) and report.html. Reads only the folder's
 * files, so it works on any sweep's folder, finished or interrupted, and never runs a simulation.
 * The same folder always gives the same bytes in a language (bootstrap seeds derive from the master
 * seed; no clock is read). The CSV files are the same in every language; report.html and what is
 * returned for the terminal are in the one asked for.
 */
public final class Report {
  private Report() {}

  /**
   * What was written.
   *
   * @param files the files, in the order written (report.html last)
   * @param status one line: complete, with failures, or interrupted with counts
   * @param interrupted whether runs are missing
   * @param failures whether runs failed
   * @param verdict the verdict's sentences as plain text
   * @param problems what the folder lacks that it should have (the report leaves it out), each with
   *     the command that repairs it; empty when the folder is whole
   */
  public record Written(
      List<Path> files,
      String status,
      boolean interrupted,
      boolean failures,
      List<String> verdict,
      List<String> problems) {}

  /**
   * Analyses {@code folder} and writes the files, each whole or not at all.
   *
   * @throws ResultsException when the folder is not a sweep's or its files are damaged
   * @throws java.io.UncheckedIOException when a file cannot be written
   */
  public static Written write(Path folder, Language language) {
    Messages messages = Messages.of(language);
    SweepResults results = SweepResults.read(folder);
    List<Path> files = new ArrayList<>();
    files.add(write(folder, StatisticsTable.FILE, results.statistics().csv()));
    files.add(write(folder, ComparisonTable.FILE, results.comparisons().csv()));
    files.add(write(folder, SurvivalTable.FILE, results.survival().csv()));
    if (results.sensitivity() != null) {
      files.add(write(folder, SensitivityTable.FILE, results.sensitivity().csv()));
    }
    List<Sentence> verdict = Verdict.of(results, messages);
    files.add(
        write(
            folder, ResultsFile.REPORT.fileName(), ReportPage.render(results, verdict, messages)));
    return new Written(
        files,
        statusLine(results, messages),
        !results.complete(),
        results.runs().failedCount() > 0,
        verdict.stream().map(Sentence::plain).toList(),
        results.problems());
  }

  /** The report in English: {@link #write(Path, Language)}. */
  public static Written write(Path folder) {
    return write(folder, Language.EN);
  }

  /** Where the sweep stands, in one line a person can act on. */
  static String statusLine(SweepResults r, Messages m) {
    RunTable runs = r.runs();
    long planned = r.layout().runCount();
    long recorded = runs.okCount() + runs.failedCount();
    if (runs.missingCount() > 0) {
      return m.format(
          "report.status.interrupted",
          m.count(recorded),
          m.count(planned),
          m.count(runs.okCount()),
          m.count(runs.failedCount()),
          r.folder());
    }
    if (runs.failedCount() > 0) {
      return m.format(
          "report.status.failures",
          m.count(runs.okCount()),
          m.count(planned),
          m.count(runs.failedCount()),
          r.folder());
    }
    return m.format("report.status.complete", m.count(planned));
  }

  private static Path write(Path folder, String name, String text) {
    Path file = folder.resolve(name);
    AtomicWrite.text(file, text);
    return file;
  }
}
