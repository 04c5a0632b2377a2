package badaboum.report;

import badaboum.analysis.DerivedSeeds;
import badaboum.analysis.Holm;
import badaboum.analysis.PairedComparison;
import badaboum.analysis.Summary;
import badaboum.report.Leaderboard.Estimate;
import badaboum.report.Leaderboard.Metric;
import badaboum.report.Leaderboard.Pair;
import badaboum.report.Leaderboard.Team;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.RunTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The statistics behind a {@link Leaderboard}: each team's estimate of the metric over its worlds,
 * its cancellations and spend, the ranking, and every pair of teams compared on common seeds with
 * the Wilcoxon p-values corrected together ({@link Holm}).
 */
final class LeaderboardStatistics {
  private LeaderboardStatistics() {}

  /** The leaderboard of a round's runs (its first point: a round has one). */
  static Leaderboard of(String scenario, RunTable runs, Metric metric, long masterSeed) {
    SweepLayout layout = runs.layout();
    SummaryMetric m = metric.summary();
    List<Team> teams = new ArrayList<>();
    for (int arm = 0; arm < layout.arms().size(); arm++) {
      teams.add(team(runs, arm, m, metric.share()));
    }
    Comparator<Team> better =
        Comparator.comparing((Team t) -> t.metric() == null)
            .thenComparingDouble(
                t ->
                    t.metric() == null
                        ? 0
                        : metric.higherIsBetter() ? -t.metric().mean() : t.metric().mean())
            .thenComparingInt(Team::arm);
    List<Team> ranking = teams.stream().sorted(better).toList();
    List<Pair> unadjusted = new ArrayList<>();
    for (int i = 0; i < ranking.size(); i++) {
      for (int j = i + 1; j < ranking.size(); j++) {
        int ahead = ranking.get(i).arm();
        int behind = ranking.get(j).arm();
        unadjusted.add(
            new Pair(ahead, behind, compare(runs, m, behind, ahead, masterSeed), Double.NaN));
      }
    }
    double[] p =
        unadjusted.stream()
            .filter(pair -> pair.comparison() != null)
            .mapToDouble(pair -> pair.comparison().wilcoxonP())
            .toArray();
    double[] adjusted = Holm.adjust(p);
    List<Pair> pairs = new ArrayList<>();
    int k = 0;
    for (Pair pair : unadjusted) {
      pairs.add(
          new Pair(
              pair.ahead(),
              pair.behind(),
              pair.comparison(),
              pair.comparison() == null ? 1 : adjusted[k++]));
    }
    return new Leaderboard(
        scenario, metric, layout, ranking, pairs, runs.missingCount(), runs.failedCount());
  }

  private static Team team(RunTable runs, int arm, SummaryMetric metric, boolean share) {
    SweepLayout layout = runs.layout();
    double[] values = new double[layout.replications()];
    double[] days = new double[layout.replications()];
    double[] spend = new double[layout.replications()];
    int n = 0;
    int ok = 0;
    int undefined = 0;
    int cancelled = 0;
    for (int r = 0; r < layout.replications(); r++) {
      long id = layout.runId(0, r, arm);
      if (!runs.ok(id)) {
        continue;
      }
      spend[ok++] = runs.value(SummaryMetric.TOTAL_SPEND, id);
      double v = runs.value(metric, id);
      if (Double.isNaN(v)) {
        undefined++;
      } else {
        values[n++] = v;
      }
      if (runs.value(SummaryMetric.CANCELLED, id) == 1) {
        days[cancelled++] = runs.value(SummaryMetric.CANCEL_DAY, id);
      }
    }
    return new Team(
        layout.arms().get(arm),
        arm,
        n == 0 ? null : Estimate.of(Arrays.copyOf(values, n), share),
        ok,
        undefined,
        cancelled,
        cancelled == 0 ? null : Summary.of(Arrays.copyOf(days, cancelled)),
        ok == 0 ? null : Summary.of(Arrays.copyOf(spend, ok)));
  }

  /** {@code b} against {@code a} on the worlds where both ran and the metric applies. */
  private static PairedComparison compare(
      RunTable runs, SummaryMetric metric, int a, int b, long masterSeed) {
    SweepLayout layout = runs.layout();
    double[] x = new double[layout.replications()];
    double[] y = new double[layout.replications()];
    int n = 0;
    for (int r = 0; r < layout.replications(); r++) {
      long ia = layout.runId(0, r, a);
      long ib = layout.runId(0, r, b);
      if (runs.ok(ia) && runs.ok(ib)) {
        double va = runs.value(metric, ia);
        double vb = runs.value(metric, ib);
        if (!Double.isNaN(va) && !Double.isNaN(vb)) {
          x[n] = va;
          y[n] = vb;
          n++;
        }
      }
    }
    return n == 0
        ? null
        : PairedComparison.of(
            Arrays.copyOf(x, n),
            Arrays.copyOf(y, n),
            DerivedSeeds.derive(masterSeed, "leaderboard", a, b, metric.ordinal()));
  }
}
