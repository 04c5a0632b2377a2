package badaboum.report;

import badaboum.result.SweepLayout;
import java.nio.file.Path;

/**
 * Everything the report says about a results folder, computed from its files only (manifest.json,
 * runs.csv, daily.csv and the scenario files): never a simulation. Works on a finished sweep and on
 * an interrupted one alike; {@link #runs()} says how many runs are missing.
 *
 * @param design the sweep's design name (none, grid, random, lhs, sobol, morris)
 * @param sensitivity null unless the design is sobol or morris and was given
 * @param sensitivityNote why there is no sensitivity analysis when the design calls for one; ""
 * @param daily null when daily.csv is missing or not this sweep's
 */
public record SweepResults(
    Path folder,
    Manifest manifest,
    SweepLayout layout,
    String design,
    RunTable runs,
    StatisticsTable statistics,
    ComparisonTable comparisons,
    SurvivalTable survival,
    SensitivityTable sensitivity,
    String sensitivityNote,
    DailySeries daily,
    ScenarioSummary scenario) {

  /**
   * Reads and analyses a results folder.
   *
   * @param design the sweep's sensitivity design when it is sobol or morris; null otherwise, or
   *     when it could not be rebuilt (the report then says so)
   * @throws ResultsException when the folder is not a sweep's or its files are damaged
   */
  public static SweepResults read(Path folder, SensitivityDesign design) {
    Manifest manifest = Manifest.read(folder);
    SweepLayout layout = manifest.layout();
    RunTable runs = RunTable.read(folder, layout);
    long seed = manifest.masterSeed();
    String name = manifest.design();
    boolean wanted = name.equals("sobol") || name.equals("morris");
    SensitivityTable sensitivity = null;
    String note = "";
    if (wanted && design == null) {
      note =
          "the "
              + name
              + " design could not be rebuilt from "
              + ScenarioSummary.EFFECTIVE
              + ", so there is no sensitivity analysis";
    } else if (wanted && !design.factors().equals(layout.variedPaths())) {
      note = "the design's factors " + design.factors() + " are not the sweep's";
    } else if (wanted) {
      sensitivity = SensitivityTable.of(runs, design, seed);
    }
    return new SweepResults(
        folder,
        manifest,
        layout,
        name,
        runs,
        StatisticsTable.of(runs),
        ComparisonTable.of(runs, seed),
        SurvivalTable.of(runs, manifest.days()),
        sensitivity,
        note,
        DailySeries.read(folder, layout, manifest.days()),
        ScenarioSummary.read(folder));
  }

  /** Whether every planned run is recorded (ok or failed). */
  public boolean complete() {
    return runs.missingCount() == 0;
  }
}
