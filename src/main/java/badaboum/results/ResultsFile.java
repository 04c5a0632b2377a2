package badaboum.results;

import java.nio.file.Path;

/**
 * The layout of a results folder: every file and folder that badaboum writes in one, named here and
 * nowhere else. A sweep's folder and a run's folder share the scenario files; {@code daily.csv} is
 * only ever a sweep's aggregate across replicates, and one run's day-by-day values are always a
 * trace ({@link #RUN_TRACES} for {@code run}, {@link #TRACES} for {@code sweep --traces}), in one
 * format.
 */
public enum ResultsFile {
  // written by sweep and run
  SCENARIO("scenario.yaml", "the scenario as given"),
  EFFECTIVE("scenario.effective.yaml", "every key with the value used"),
  LOG("badaboum.log", "what went wrong unexpectedly, with its stack trace"),

  // a sweep, in the order it writes them
  LOCK("sweep.lock", "held while a session works on the folder"),
  POINTS("points.csv", "each design point's values"),
  MANIFEST("manifest.json", "what the sweep is and where it stands"),
  RUNS("runs.csv", "one row per run: the resume journal"),
  TIMINGS("timings.csv", "each run's wall-clock time"),
  DAILY("daily.csv", "daily metrics across replicates, per point and arm"),
  JOURNAL("journal", "daily traces of finished runs whose cells are not written yet"),
  TRACES("traces", "with --traces: each run's daily trace, traces/run-ID.csv"),

  // a sweep's report
  STATISTICS("statistics.csv", "summary metrics per point and arm"),
  COMPARISON("comparison.csv", "every arm against the baseline, paired"),
  SURVIVAL("survival.csv", "the programme's Kaplan-Meier survival"),
  SENSITIVITY("sensitivity.csv", "sobol and morris indices"),
  REPORT("report.html", "the report"),
  DISCOVERY("discovery.csv", "badaboum discover: PRIM's boxes, when an outcome happens"),

  // a run
  RUN_TRACES("traces.csv", "each arm's daily trace"),
  RUN_SUMMARY("summary.csv", "each arm's summary"),
  RUN_MEMBERS("members.csv", "with --export-members: one row per person and brand"),

  // a calibration's folder
  HISTORY("history.csv", "the page's history as given"),
  CALIBRATION(
      "calibration.csv", "each fitted key's estimate and 90% interval, and the fit's error"),
  CALIBRATED("calibrated.yaml", "the scenario with the estimates filled in"),
  CALIBRATION_PAGE("calibration.html", "the data against the fitted model, and the intervals"),

  // an optimisation's folder
  SEARCH("search.json", "what the optimisation searches, to resume it"),
  OPTIMISATION("optimisation.csv", "every plan evaluated: the resume journal"),
  BEST("best.yaml", "the scenario with the best plan as a new arm"),
  OPTIMISATION_PAGE("optimisation.html", "cost against outcome of every plan evaluated");

  private final String fileName;
  private final String what;

  ResultsFile(String fileName, String what) {
    this.fileName = fileName;
    this.what = what;
  }

  /** The name in the folder, e.g. {@code runs.csv}. */
  public String fileName() {
    return fileName;
  }

  /** What it holds, in a few words. */
  public String what() {
    return what;
  }

  /** This file in {@code folder}. */
  public Path in(Path folder) {
    return folder.resolve(fileName);
  }

  /** The name of the file written aside before it is moved over this one. */
  String temporaryName() {
    return fileName + ".tmp";
  }

  @Override
  public String toString() {
    return fileName;
  }
}
