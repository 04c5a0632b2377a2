package badaboum.report;

import badaboum.analysis.Holm;
import badaboum.analysis.PairedComparison;
import badaboum.analysis.Proportion;
import badaboum.analysis.Summary;
import badaboum.language.Messages;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.AtomicWrite;
import badaboum.results.Manifest;
import badaboum.results.RunTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A workshop round's leaderboard: the teams (the arms of a one-point sweep, one per plan file)
 * ranked on the scenario's primary metric, each with the 95% CI of its mean over the worlds
 * (replicates) it ran in, and every pair of teams compared on common seeds ({@link
 * PairedComparison}). A difference is called real when its paired 95% CI excludes zero and its
 * Wilcoxon signed-rank p-value, corrected for comparing every pair at once ({@link Holm}), is at
 * most {@value #LEVEL}: with eight teams there are 28 pairs, and at 5% each one or two would look
 * real by luck alone. Also says which team's programme management cancelled, in how many worlds and
 * on which day (median).
 *
 * <p>Reads only the folder (manifest.json and runs.csv); the same folder gives the same bytes. The
 * numbers come from {@link LeaderboardStatistics}, the files from {@link LeaderboardCsv} and {@link
 * LeaderboardPage}.
 */
public final class Leaderboard {
  /** The table of standings. */
  public static final String CSV_FILE = "leaderboard.csv";

  /** The page for the room. */
  public static final String PAGE_FILE = "leaderboard.html";

  /** Familywise error level of "real" differences. */
  static final double LEVEL = 0.05;

  /**
   * What the teams are ranked on.
   *
   * @param column the runs.csv column of the scenario's primary metric ({@code verdict.column()})
   * @param words the metric in plain words
   * @param higherIsBetter whether more is better (fewer cancellations are)
   */
  public record Metric(String column, String words, boolean higherIsBetter) {
    /** Whether the metric is a share of runs (0 or 1 each): cancellations. */
    boolean share() {
      return column.equals(SummaryMetric.CANCELLED.column());
    }

    SummaryMetric summary() {
      for (SummaryMetric m : SummaryMetric.values()) {
        if (m.column().equals(column)) {
          return m;
        }
      }
      throw new IllegalArgumentException(column + " is not a column of runs.csv");
    }
  }

  /**
   * A team's mean of the metric over its worlds with the 95% CI of that mean: Student's t, or
   * Wilson's interval for a share of runs (cancellations), which stays within 0 to 100%.
   */
  public record Estimate(int n, double mean, double ci95Low, double ci95High) {
    static Estimate of(double[] values, boolean share) {
      if (share) {
        int yes = 0;
        for (double v : values) {
          yes += v == 1 ? 1 : 0;
        }
        Proportion p = Proportion.of(yes, values.length);
        return new Estimate(values.length, p.share(), p.ci95Low(), p.ci95High());
      }
      Summary s = Summary.of(values);
      return new Estimate(values.length, s.mean(), s.ci95Low(), s.ci95High());
    }
  }

  /**
   * One team's standing.
   *
   * @param arm the team's index among the arms (the order of the plan files)
   * @param metric the primary metric over the runs that define it; null when none does
   * @param runs ok runs
   * @param undefined ok runs where the metric does not apply (no cancellation to come after)
   * @param cancelled runs where management cancelled the programme
   * @param cancelDay the day of those cancellations; null when there was none
   * @param spend total spend over the ok runs; null when there is none
   */
  public record Team(
      String name,
      int arm,
      Estimate metric,
      int runs,
      int undefined,
      int cancelled,
      Summary cancelDay,
      Summary spend) {}

  /**
   * Two teams on the same worlds: {@code ahead} ranks above {@code behind}; the comparison's
   * difference is ahead − behind.
   *
   * @param comparison null when no world defines the metric for both
   * @param holmP the Wilcoxon p-value corrected for every pair compared; 1 without a comparison
   */
  public record Pair(int ahead, int behind, PairedComparison comparison, double holmP) {
    /** Whether the difference is more than luck (see the class comment). */
    public boolean real() {
      return verdict() == Difference.REAL;
    }

    public Difference verdict() {
      if (comparison == null || !comparison.excludesZero()) {
        return Difference.LUCK;
      }
      return holmP <= LEVEL ? Difference.REAL : Difference.LIKELY;
    }
  }

  /** What a difference between two teams is. */
  public enum Difference {
    /** Its 95% CI leaves out zero, and it holds with every pair counted (Holm). */
    REAL,
    /** Its 95% CI leaves out zero, but with every pair counted it could still be luck. */
    LIKELY,
    /** Its 95% CI includes zero. */
    LUCK
  }

  private final String scenario;
  private final Metric metric;
  private final SweepLayout layout;
  private final List<Team> ranking;
  private final List<Pair> pairs;
  private final long missing;
  private final long failed;

  /** Made by {@link LeaderboardStatistics}. */
  Leaderboard(
      String scenario,
      Metric metric,
      SweepLayout layout,
      List<Team> ranking,
      List<Pair> pairs,
      long missing,
      long failed) {
    this.scenario = scenario;
    this.metric = metric;
    this.layout = layout;
    this.ranking = List.copyOf(ranking);
    this.pairs = List.copyOf(pairs);
    this.missing = missing;
    this.failed = failed;
  }

  /** Reads the round's folder. */
  public static Leaderboard read(Path folder, Metric metric) {
    Manifest manifest = Manifest.read(folder);
    RunTable runs = RunTable.read(folder, manifest.layout());
    return LeaderboardStatistics.of(manifest.scenario(), runs, metric, manifest.masterSeed());
  }

  public String scenario() {
    return scenario;
  }

  public Metric metric() {
    return metric;
  }

  public SweepLayout layout() {
    return layout;
  }

  /** The teams, best first. */
  public List<Team> ranking() {
    return ranking;
  }

  /** Every pair of teams, the one ranked higher first, in ranking order. */
  public List<Pair> pairs() {
    return pairs;
  }

  /** The pair of two teams (by arm index), in either order. */
  public Pair pair(int armA, int armB) {
    for (Pair p : pairs) {
      if ((p.ahead() == armA && p.behind() == armB) || (p.ahead() == armB && p.behind() == armA)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no pair " + armA + ", " + armB);
  }

  /** Runs not recorded yet (an interrupted round). */
  public long missingRuns() {
    return missing;
  }

  public long failedRuns() {
    return failed;
  }

  /** The teams whose difference from the leader is not real, the leader included. */
  public List<Team> top() {
    List<Team> top = new ArrayList<>();
    Team leader = ranking.get(0);
    top.add(leader);
    for (Team t : ranking.subList(1, ranking.size())) {
      if (t.metric() != null && !pair(leader.arm(), t.arm()).real()) {
        top.add(t);
      }
    }
    return top;
  }

  /**
   * How far {@code ahead} is ahead of {@code behind}, better being positive whichever way the
   * metric goes: the mean and the 95% CI bounds, a share's clipped to ±1.
   */
  public double[] advantage(Pair pair) {
    PairedComparison c = pair.comparison();
    double sign = metric.higherIsBetter() ? 1 : -1;
    double a = sign * c.meanDifference();
    double low = sign > 0 ? c.ci95Low() : -c.ci95High();
    double high = sign > 0 ? c.ci95High() : -c.ci95Low();
    if (metric.share()) {
      low = Math.max(-1, low);
      high = Math.min(1, high);
    }
    return new double[] {a, low, high};
  }

  /**
   * A value of the metric as a person reads it, in {@code messages}' language: a share of runs in
   * percent, else 3 digits.
   */
  public String shown(double value, Messages messages) {
    Numbers numbers = new Numbers(messages);
    return metric.share()
        ? messages.format("leaderboard.percent", numbers.percent(value))
        : numbers.statistic(value);
  }

  /** leaderboard.csv: one row per team, best first, with its difference to the next. */
  public String csv() {
    return LeaderboardCsv.render(this);
  }

  /**
   * Writes leaderboard.csv and leaderboard.html (in {@code messages}' language) into the folder;
   * returns their paths.
   */
  public List<Path> write(Path folder, Messages messages) {
    Path csv = folder.resolve(CSV_FILE);
    AtomicWrite.text(csv, csv());
    Path page = folder.resolve(PAGE_FILE);
    AtomicWrite.text(page, LeaderboardPage.render(this, messages));
    return List.of(csv, page);
  }
}
