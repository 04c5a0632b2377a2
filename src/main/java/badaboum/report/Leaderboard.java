package badaboum.report;

import badaboum.analysis.DerivedSeeds;
import badaboum.analysis.Holm;
import badaboum.analysis.PairedComparison;
import badaboum.analysis.Proportion;
import badaboum.analysis.Summary;
import badaboum.language.Messages;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.AtomicWrite;
import badaboum.results.Csv;
import badaboum.results.Manifest;
import badaboum.results.RunTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * <p>Reads only the folder (manifest.json and runs.csv); the same folder gives the same bytes.
 */
public final class Leaderboard {
  /** The table of standings. */
  public static final String CSV_FILE = "leaderboard.csv";

  /** The page for the room. */
  public static final String PAGE_FILE = "leaderboard.html";

  /** Familywise error level of "real" differences. */
  static final double LEVEL = 0.05;

  static final CsvTable CSV =
      new CsvTable(
          "rank",
          "team",
          "metric",
          "runs",
          "undefined_runs",
          "mean",
          "ci95_low",
          "ci95_high",
          "cancelled_runs",
          "median_cancel_day",
          "mean_spend",
          "next_team",
          "difference_to_next",
          "difference_ci95_low",
          "difference_ci95_high",
          "holm_p",
          "difference_is");

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

  private Leaderboard(
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
    return of(manifest.scenario(), runs, metric, manifest.masterSeed());
  }

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
    StringBuilder out = new StringBuilder(CSV.header());
    for (int i = 0; i < ranking.size(); i++) {
      Team t = ranking.get(i);
      List<String> cells = new ArrayList<>();
      cells.add(Integer.toString(i + 1));
      cells.add(Csv.text(t.name()));
      cells.add(metric.column());
      cells.add(Integer.toString(t.runs()));
      cells.add(Integer.toString(t.undefined()));
      Estimate s = t.metric();
      cells.add(s == null ? "" : Csv.number(s.mean()));
      cells.add(s == null ? "" : Csv.number(s.ci95Low()));
      cells.add(s == null ? "" : Csv.number(s.ci95High()));
      cells.add(Integer.toString(t.cancelled()));
      cells.add(t.cancelDay() == null ? "" : Csv.number(t.cancelDay().p50()));
      cells.add(t.spend() == null ? "" : Csv.number(t.spend().mean()));
      if (i + 1 < ranking.size()) {
        Team next = ranking.get(i + 1);
        Pair p = pair(t.arm(), next.arm());
        PairedComparison c = p.comparison();
        cells.add(Csv.text(next.name()));
        cells.add(c == null ? "" : Csv.number(c.meanDifference()));
        cells.add(c == null ? "" : Csv.number(c.ci95Low()));
        cells.add(c == null ? "" : Csv.number(c.ci95High()));
        cells.add(c == null ? "" : Csv.number(p.holmP()));
        cells.add(c == null ? "" : p.verdict().name().toLowerCase(java.util.Locale.ROOT));
      } else {
        cells.addAll(List.of("", "", "", "", "", ""));
      }
      out.append(CSV.row(cells));
    }
    return out.toString();
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
