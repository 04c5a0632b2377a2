package badaboum.report;

import badaboum.result.SweepLayout;
import badaboum.results.Manifest;
import badaboum.results.ResultsException;
import badaboum.results.RunTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the report says about a results folder, computed from its files only (manifest.json,
 * runs.csv, daily.csv and the scenario files): never a simulation. Works on a finished sweep and on
 * an interrupted one alike; {@link #runs()} says how many runs are missing.
 *
 * @param design the sweep's design name (none, grid, random, lhs, sobol, morris)
 * @param sensitivity null unless the design is sobol or morris (and points.csv is whole)
 * @param sensitivityNote why there is no sensitivity analysis when the design calls for one; ""
 * @param daily null when daily.csv is missing or not this sweep's
 * @param horizons each point's days (the design may vary them)
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
    ScenarioSummary scenario,
    Horizons horizons) {

  /**
   * Reads and analyses a results folder.
   *
   * @throws ResultsException when the folder is not a sweep's or its files are damaged
   */
  public static SweepResults read(Path folder) {
    Manifest manifest = Manifest.read(folder);
    SweepLayout layout = manifest.layout();
    RunTable runs = RunTable.read(folder, layout);
    long seed = manifest.masterSeed();
    String name = manifest.design();
    Horizons horizons = Horizons.of(layout, runs, manifest.days());
    SensitivityTable sensitivity = null;
    String note = "";
    try {
      SensitivityDesign design = DesignSensitivity.of(folder, name, layout.variedPaths());
      if (design != null) {
        sensitivity = SensitivityTable.of(runs, design, seed);
      }
    } catch (ResultsException e) {
      note = e.getMessage() + ", so there is no sensitivity analysis";
    }
    return new SweepResults(
        folder,
        manifest,
        layout,
        name,
        runs,
        StatisticsTable.of(runs),
        ComparisonTable.of(runs, seed),
        SurvivalTable.of(runs, horizons),
        sensitivity,
        note,
        DailySeries.read(folder, layout, horizons.longest()),
        ScenarioSummary.read(folder),
        horizons);
  }

  /**
   * What is missing from the folder that a finished part of the sweep should have: daily.csv, or
   * its rows of (point, arm) cells whose runs are all recorded; points.csv for a sensitivity
   * design. Empty when the folder is whole.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (!sensitivityNote.isEmpty()) {
      problems.add(sensitivityNote);
    }
    String daily = DailyCheck.problem(folder, layout, runs, horizons);
    if (daily != null) {
      problems.add(daily);
    }
    return problems;
  }

  /** Whether every planned run is recorded (ok or failed). */
  public boolean complete() {
    return runs.missingCount() == 0;
  }
}
