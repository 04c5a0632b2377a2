package badaboum.report;

import badaboum.analysis.Summary;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.Csv;
import badaboum.results.ResultsFile;
import badaboum.results.RunTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * statistics.csv: per point (and all points pooled) × arm × summary metric, the distribution of the
 * metric over the ok runs where it is defined, with a 95% t confidence interval of its mean ({@link
 * Summary}). {@code runs} counts the ok runs, {@code n} those where the metric is defined
 * (cancel_day only where cancelled, cost_per_active only where members remain active); every other
 * cell is empty when n is 0.
 */
public final class StatisticsTable {
  static final String FILE = ResultsFile.STATISTICS.fileName();
  static final CsvTable CSV =
      new CsvTable(
          "point",
          "arm",
          "metric",
          "runs",
          "n",
          "mean",
          "sd",
          "ci95_low",
          "ci95_high",
          "p5",
          "p50",
          "p95",
          "min",
          "max");

  /**
   * One scope × arm × metric.
   *
   * @param summary null when no ok run defines the metric
   */
  public record Row(Scope scope, int arm, SummaryMetric metric, int runs, Summary summary) {}

  private final SweepLayout layout;
  private final Row[] rows; // [(scope·arms + arm)·metrics + metric]

  private StatisticsTable(SweepLayout layout, Row[] rows) {
    this.layout = layout;
    this.rows = rows;
  }

  public static StatisticsTable of(RunTable runs) {
    SweepLayout layout = runs.layout();
    List<Scope> scopes = Scope.of(layout);
    int arms = layout.arms().size();
    SummaryMetric[] metrics = SummaryMetric.values();
    Row[] rows = new Row[scopes.size() * arms * metrics.length];
    long[] ids = new long[(int) Math.min(Integer.MAX_VALUE - 8, layout.runCount())];
    double[] values = new double[ids.length];
    for (Scope scope : scopes) {
      for (int arm = 0; arm < arms; arm++) {
        int ok = 0;
        for (int p = scope.from(); p < scope.to(layout); p++) {
          for (int r = 0; r < layout.replications(); r++) {
            long id = layout.runId(p, r, arm);
            if (runs.ok(id)) {
              ids[ok++] = id;
            }
          }
        }
        for (SummaryMetric metric : metrics) {
          int n = 0;
          for (int i = 0; i < ok; i++) {
            double v = runs.value(metric, ids[i]);
            if (!Double.isNaN(v)) {
              values[n++] = v;
            }
          }
          Summary summary = n == 0 ? null : Summary.of(Arrays.copyOf(values, n));
          rows[index(layout, scope, arm, metric)] = new Row(scope, arm, metric, ok, summary);
        }
      }
    }
    return new StatisticsTable(layout, rows);
  }

  public Row get(Scope scope, int arm, SummaryMetric metric) {
    return rows[index(layout, scope, arm, metric)];
  }

  private static int index(SweepLayout layout, Scope scope, int arm, SummaryMetric metric) {
    return (scope.index(layout) * layout.arms().size() + arm) * SummaryMetric.values().length
        + metric.ordinal();
  }

  /** The file's text: header, then rows by point (all last), arm, metric. */
  public String csv() {
    StringBuilder out = new StringBuilder(CSV.header());
    for (Row row : rows) {
      List<String> cells = new ArrayList<>(CSV.columns().size());
      cells.add(row.scope().label());
      cells.add(Csv.text(layout.arms().get(row.arm())));
      cells.add(row.metric().column());
      cells.add(Integer.toString(row.runs()));
      Summary s = row.summary();
      cells.add(Integer.toString(s == null ? 0 : s.n()));
      double[] numbers =
          s == null
              ? new double[9]
              : new double[] {
                s.mean(),
                s.sd(),
                s.ci95Low(),
                s.ci95High(),
                s.p5(),
                s.p50(),
                s.p95(),
                s.min(),
                s.max()
              };
      for (double v : numbers) {
        cells.add(s == null ? "" : Csv.number(v));
      }
      out.append(CSV.row(cells));
    }
    return out.toString();
  }
}
