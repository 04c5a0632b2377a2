package badaboum.report;

import badaboum.analysis.DailyAggregator;
import badaboum.result.DailyMetric;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.BrandColumns;
import badaboum.results.Csv;
import badaboum.results.DailyCsv;
import badaboum.results.Manifest;
import badaboum.results.ResultsFile;
import badaboum.results.RunsCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A results folder written by hand, as a sweep would have written it, with the summary values a
 * test chooses: the report reads files only, so any case (no active member left, no clear
 * difference, failures, an interruption) can be set up without running a simulation.
 */
final class ResultsFixture {
  final Path folder;
  final SweepLayout layout;
  final int days;
  private final String[] rows;
  private final String[][] pointValues;

  ResultsFixture(Path folder, SweepLayout layout, int days) {
    this.folder = folder;
    this.layout = layout;
    this.days = days;
    this.rows = new String[(int) layout.runCount()];
    this.pointValues = new String[layout.points()][];
    for (int p = 0; p < layout.points(); p++) {
      pointValues[p] = new String[layout.variedPaths().size()];
      Arrays.fill(pointValues[p], Integer.toString(p));
    }
  }

  /** The varied values of a point, in the layout's order (by default, the point's number). */
  ResultsFixture point(int point, String... values) {
    pointValues[point] = values.clone();
    return this;
  }

  /** Every metric 0, then the given ones (NaN leaves a cell empty). */
  static double[] values(Object... metricThenValue) {
    double[] v = new double[SummaryMetric.values().length];
    v[SummaryMetric.CANCEL_DAY.ordinal()] = Double.NaN;
    v[SummaryMetric.SUSTAINED.ordinal()] = Double.NaN;
    v[SummaryMetric.COST_PER_ACTIVE.ordinal()] = Double.NaN;
    for (int i = 0; i < metricThenValue.length; i += 2) {
      v[((SummaryMetric) metricThenValue[i]).ordinal()] =
          ((Number) metricThenValue[i + 1]).doubleValue();
    }
    return v;
  }

  ResultsFixture ok(int point, int replicate, int arm, double[] values) {
    long id = layout.runId(point, replicate, arm);
    List<String> cells = lead(id, point, replicate, arm);
    cells.add("ok");
    cells.add("");
    for (double v : values) {
      cells.add(Csv.number(v));
    }
    rows[(int) id] = Csv.row(cells);
    return this;
  }

  ResultsFixture failed(int point, int replicate, int arm, String error) {
    long id = layout.runId(point, replicate, arm);
    List<String> cells = lead(id, point, replicate, arm);
    cells.add("failed");
    cells.add(Csv.text(error));
    for (int m = 0; m < SummaryMetric.values().length; m++) {
      cells.add("");
    }
    rows[(int) id] = Csv.row(cells);
    return this;
  }

  private List<String> lead(long id, int point, int replicate, int arm) {
    List<String> cells = new ArrayList<>();
    cells.add(Long.toString(id));
    cells.add(Integer.toString(point));
    cells.add(Csv.text(layout.arms().get(arm)));
    cells.add(Integer.toString(replicate));
    cells.add(Long.toString(1000 + replicate));
    for (String value : pointValues[point]) {
      cells.add(Csv.text(value));
    }
    return cells;
  }

  /**
   * Writes a daily.csv whose curves depend on the arm and replicate: fans rise (arm 1 faster, then
   * falling after day 10), the rest follow. Each point runs to its own {@code days} when the layout
   * varies it.
   */
  ResultsFixture daily() throws IOException {
    Files.createDirectories(folder);
    DailyCsv csv = new DailyCsv(BrandColumns.BRAND_ONLY);
    StringBuilder out = new StringBuilder(csv.header());
    int metrics = DailyMetric.values().length;
    int daysColumn = layout.variedPaths().indexOf("days");
    for (int cell = 0; cell < layout.cellCount(); cell++) {
      int arm = layout.cellArmIndex(cell);
      int point = layout.cellPoint(cell);
      int days = daysColumn < 0 ? this.days : Integer.parseInt(pointValues[point][daysColumn]);
      DailyAggregator aggregator = new DailyAggregator(layout.replications(), days + 1, metrics);
      for (int r = 0; r < layout.replications(); r++) {
        double[][] values = new double[metrics][days + 1];
        for (int d = 0; d <= days; d++) {
          double fans = arm == 0 ? 10.0 * d + r : (d < 10 ? 100.0 * d : 1000 - 20.0 * (d - 10)) + r;
          for (int m = 0; m < metrics; m++) {
            values[m][d] = fans / (m + 1);
          }
          values[DailyMetric.SENTIMENT.ordinal()][d] = arm == 0 ? 0.3 : -0.1 + 0.01 * r;
          values[DailyMetric.ENGAGEMENT_RATE.ordinal()][d] = arm == 0 ? 0.02 : 0.005;
        }
        aggregator.add(r, values);
      }
      csv.rows(out, layout.cellPoint(cell), layout.arms().get(arm), "brand", aggregator.finish());
    }
    Files.writeString(ResultsFile.DAILY.in(folder), out.toString());
    return this;
  }

  /** Writes manifest.json, runs.csv, the scenario files; status from the rows given. */
  Path write(String scenarioYaml) throws IOException {
    Files.createDirectories(folder);
    Manifest manifest =
        Manifest.create(
            new Manifest.Sweep(
                "test",
                null,
                "fixture",
                "fixture.yaml",
                42,
                layout.points() == 1 ? "none" : "grid",
                layout.points(),
                layout.variedPaths(),
                layout.arms(),
                layout.replications(),
                days,
                layout.runCount(),
                false),
            List.of(),
            Instant.parse("2020-01-01T00:00:00Z"));
    manifest.beginSession(
        Manifest.SessionKind.SWEEP, 1, Instant.parse("2020-01-01T00:00:00Z"), "badaboum sweep x");
    long ok = Arrays.stream(rows).filter(r -> r != null && r.contains(",ok,")).count();
    long failed = Arrays.stream(rows).filter(r -> r != null && r.contains(",failed,")).count();
    long missing = layout.runCount() - ok - failed;
    manifest.endSession(
        Instant.parse("2020-01-01T00:01:00Z"),
        missing > 0
            ? Manifest.Status.INTERRUPTED
            : failed > 0 ? Manifest.Status.COMPLETE_WITH_FAILURES : Manifest.Status.COMPLETE,
        new Manifest.Counts(ok, failed, missing),
        new Manifest.Work(ok + failed, 0));
    manifest.write(folder);
    StringBuilder runs = new StringBuilder(new RunsCsv(layout).header());
    for (String row : rows) {
      if (row != null) {
        runs.append(row);
      }
    }
    Files.writeString(ResultsFile.RUNS.in(folder), runs.toString());
    StringBuilder points = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("point"));
    layout.variedPaths().forEach(path -> header.add(Csv.text(path)));
    points.append(Csv.row(header));
    for (int p = 0; p < layout.points(); p++) {
      List<String> cells = new ArrayList<>(List.of(Integer.toString(p)));
      for (String value : pointValues[p]) {
        cells.add(Csv.text(value));
      }
      points.append(Csv.row(cells));
    }
    Files.writeString(ResultsFile.POINTS.in(folder), points.toString());
    Files.writeString(folder.resolve("scenario.yaml"), scenarioYaml);
    Files.writeString(folder.resolve("scenario.effective.yaml"), scenarioYaml);
    return folder;
  }
}
