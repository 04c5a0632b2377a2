package badaboum.report;

import badaboum.analysis.DerivedSeeds;
import badaboum.analysis.PairedComparison;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.Csv;
import badaboum.results.ResultsFile;
import badaboum.results.RunTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * comparison.csv: every arm against the first (the baseline, the first of {@code compare}), per
 * point (and all points pooled) and summary metric, on common seeds. A pair is the baseline's run
 * and the arm's run of the same point and replicate, both ok. A metric that is undefined in either
 * run of a pair (cancel_day when a programme was not cancelled, cost_per_active when no member is
 * active) leaves that pair out; {@code undefined_pairs} counts them, and every statistic is empty
 * when no pair is left.
 *
 * <p>Columns: the means of each arm over the pairs, the mean difference (arm − baseline) with its
 * paired-t 95% CI, the two-sided Wilcoxon signed-rank p-value, Cohen's d_z, and the ratio of means
 * (arm ÷ baseline) with a 95% percentile-bootstrap CI over pairs ({@link PairedComparison}). The
 * bootstrap's seed derives from the manifest's master seed, the point, the arm and the metric.
 */
public final class ComparisonTable {
  static final String FILE = ResultsFile.COMPARISON.fileName();
  static final CsvTable CSV =
      new CsvTable(
          "point",
          "baseline",
          "arm",
          "metric",
          "pairs",
          "undefined_pairs",
          "baseline_mean",
          "arm_mean",
          "difference",
          "difference_ci95_low",
          "difference_ci95_high",
          "wilcoxon_p",
          "cohens_dz",
          "ratio",
          "ratio_ci95_low",
          "ratio_ci95_high");

  /**
   * One scope × arm (other than the baseline) × metric.
   *
   * @param comparison null when no pair defines the metric
   */
  public record Row(
      Scope scope, int arm, SummaryMetric metric, int undefinedPairs, PairedComparison comparison) {
    public int pairs() {
      return comparison == null ? 0 : comparison.n();
    }
  }

  private final SweepLayout layout;
  private final List<Row> rows;

  private ComparisonTable(SweepLayout layout, List<Row> rows) {
    this.layout = layout;
    this.rows = List.copyOf(rows);
  }

  public static ComparisonTable of(RunTable runs, long masterSeed) {
    SweepLayout layout = runs.layout();
    int arms = layout.arms().size();
    List<Row> rows = new ArrayList<>();
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8, layout.runCount());
    double[] base = new double[capacity];
    double[] other = new double[capacity];
    for (Scope scope : Scope.of(layout)) {
      for (int arm = 1; arm < arms; arm++) {
        for (SummaryMetric metric : SummaryMetric.values()) {
          int n = 0;
          int undefined = 0;
          for (int p = scope.from(); p < scope.to(layout); p++) {
            for (int r = 0; r < layout.replications(); r++) {
              long a = layout.runId(p, r, 0);
              long b = layout.runId(p, r, arm);
              if (!runs.ok(a) || !runs.ok(b)) {
                continue;
              }
              double x = runs.value(metric, a);
              double y = runs.value(metric, b);
              if (Double.isNaN(x) || Double.isNaN(y)) {
                undefined++;
              } else {
                base[n] = x;
                other[n] = y;
                n++;
              }
            }
          }
          PairedComparison comparison =
              n == 0
                  ? null
                  : PairedComparison.of(
                      Arrays.copyOf(base, n),
                      Arrays.copyOf(other, n),
                      DerivedSeeds.derive(
                          masterSeed, "comparison", scope.point(), arm, metric.ordinal()));
          rows.add(new Row(scope, arm, metric, undefined, comparison));
        }
      }
    }
    return new ComparisonTable(layout, rows);
  }

  public List<Row> rows() {
    return rows;
  }

  /** The row of {@code arm} (≥ 1) against the baseline. */
  public Row get(Scope scope, int arm, SummaryMetric metric) {
    int metrics = SummaryMetric.values().length;
    int arms = layout.arms().size() - 1;
    return rows.get((scope.index(layout) * arms + arm - 1) * metrics + metric.ordinal());
  }

  public String csv() {
    StringBuilder out = new StringBuilder(CSV.header());
    for (Row row : rows) {
      List<String> cells = new ArrayList<>(CSV.columns().size());
      cells.add(row.scope().label());
      cells.add(Csv.text(layout.arms().get(0)));
      cells.add(Csv.text(layout.arms().get(row.arm())));
      cells.add(row.metric().column());
      cells.add(Integer.toString(row.pairs()));
      cells.add(Integer.toString(row.undefinedPairs()));
      PairedComparison c = row.comparison();
      double[] numbers =
          c == null
              ? new double[10]
              : new double[] {
                c.meanA(),
                c.meanB(),
                c.meanDifference(),
                c.ci95Low(),
                c.ci95High(),
                c.wilcoxonP(),
                c.cohensDz(),
                c.ratioOfMeans(),
                c.ratioCi95Low(),
                c.ratioCi95High()
              };
      for (double v : numbers) {
        cells.add(c == null ? "" : Csv.number(v));
      }
      out.append(CSV.row(cells));
    }
    return out.toString();
  }
}
