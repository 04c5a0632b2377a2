package badaboum.report;

import badaboum.analysis.DerivedSeeds;
import badaboum.analysis.PairedComparison;
import badaboum.analysis.Summary;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.RunTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Every arm of a point ranked on the scenario's primary metric, with the paired 95% CI of the
 * difference between every pair of arms (the same point and replicate, both runs ok and the metric
 * defined in both), the spend and the cost per active member of each arm with their CIs, and the
 * winner: the first arm when its lead over every other arm has a CI that excludes zero.
 */
final class PlanRanking {
  /** One arm of a point. */
  record Arm(int arm, Summary metric, Summary spend, Summary costPerActive, int runs) {}

  /**
   * One point ranked.
   *
   * @param order arm indices, best first (arms without a value last)
   * @param pairs [i][j]: arm j − arm i, paired; null where no pair defines the metric
   * @param winner the winning arm, or −1 for no clear winner
   */
  record Point(int point, List<Arm> arms, int[] order, PairedComparison[][] pairs, int winner) {}

  private PlanRanking() {}

  static List<Point> of(RunTable runs, RankedMetric metric, long masterSeed) {
    SweepLayout layout = runs.layout();
    List<Point> points = new ArrayList<>();
    for (int p = 0; p < layout.points(); p++) {
      points.add(point(runs, layout, p, metric, masterSeed));
    }
    return points;
  }

  private static Point point(
      RunTable runs, SweepLayout layout, int p, RankedMetric metric, long masterSeed) {
    int arms = layout.arms().size();
    List<Arm> stats = new ArrayList<>();
    for (int a = 0; a < arms; a++) {
      stats.add(
          new Arm(
              a,
              summary(runs, layout, p, a, metric.column()),
              summary(runs, layout, p, a, SummaryMetric.TOTAL_SPEND),
              summary(runs, layout, p, a, SummaryMetric.COST_PER_ACTIVE),
              okRuns(runs, layout, p, a)));
    }
    PairedComparison[][] pairs = new PairedComparison[arms][arms];
    for (int i = 0; i < arms; i++) {
      for (int j = 0; j < arms; j++) {
        if (i != j) {
          pairs[i][j] = paired(runs, layout, p, i, j, metric.column(), masterSeed);
        }
      }
    }
    Integer[] order = new Integer[arms];
    for (int a = 0; a < arms; a++) {
      order[a] = a;
    }
    double sign = metric.higherIsBetter() ? -1 : 1;
    Arrays.sort(
        order,
        Comparator.comparingDouble(
                (Integer a) ->
                    stats.get(a).metric() == null
                        ? Double.POSITIVE_INFINITY
                        : sign * stats.get(a).metric().mean())
            .thenComparing(a -> a));
    int best = order[0];
    boolean clear = arms > 1 && stats.get(best).metric() != null;
    for (int other = 0; other < arms && clear; other++) {
      if (other == best) {
        continue;
      }
      PairedComparison c = pairs[other][best]; // best − other
      clear = c != null && (metric.higherIsBetter() ? c.ci95Low() > 0 : c.ci95High() < 0);
    }
    return new Point(
        p,
        stats,
        Arrays.stream(order).mapToInt(Integer::intValue).toArray(),
        pairs,
        clear ? best : -1);
  }

  private static Summary summary(
      RunTable runs, SweepLayout layout, int p, int arm, SummaryMetric metric) {
    double[] v = new double[layout.replications()];
    int n = 0;
    for (int r = 0; r < layout.replications(); r++) {
      long id = layout.runId(p, r, arm);
      double x = runs.value(metric, id);
      if (runs.ok(id) && !Double.isNaN(x)) {
        v[n++] = x;
      }
    }
    return n == 0 ? null : Summary.of(Arrays.copyOf(v, n));
  }

  private static int okRuns(RunTable runs, SweepLayout layout, int p, int arm) {
    int n = 0;
    for (int r = 0; r < layout.replications(); r++) {
      n += runs.ok(layout.runId(p, r, arm)) ? 1 : 0;
    }
    return n;
  }

  /** Arm j − arm i over the replicates where both are ok and defined. */
  private static PairedComparison paired(
      RunTable runs, SweepLayout layout, int p, int i, int j, SummaryMetric m, long seed) {
    double[] a = new double[layout.replications()];
    double[] b = new double[layout.replications()];
    int n = 0;
    for (int r = 0; r < layout.replications(); r++) {
      long x = layout.runId(p, r, i);
      long y = layout.runId(p, r, j);
      if (runs.ok(x)
          && runs.ok(y)
          && !Double.isNaN(runs.value(m, x))
          && !Double.isNaN(runs.value(m, y))) {
        a[n] = runs.value(m, x);
        b[n] = runs.value(m, y);
        n++;
      }
    }
    // the ratio's bootstrap is not shown here: one resample keeps it cheap
    return n == 0
        ? null
        : PairedComparison.of(
            Arrays.copyOf(a, n),
            Arrays.copyOf(b, n),
            DerivedSeeds.derive(seed, "ranking", p, i, j),
            1);
  }
}
