package badaboum.decide;

import badaboum.language.Messages;
import badaboum.result.BrandTrace;
import badaboum.result.RunResult;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Fits scenario keys to a page's daily history, by simulation:
 *
 * <ol>
 *   <li>the estimate: CMA-ES ({@link Search}) minimises the {@link Discrepancy} between the
 *       history's summaries and those of the mean of the model's days over replicates 0 to R − 1,
 *       the same replicates for every value tried (common random numbers: the response is smooth
 *       enough to optimise);
 *   <li>the 90% interval of each key: approximate Bayesian computation around the estimate ({@link
 *       AbcInterval}), on fresh seeds;
 *   <li>the fitted model's band: its mean and 5–95% range over {@code band} replicates at the
 *       estimate, and the normalised RMSE of each column over the days fitted and, with days held
 *       out, over those (the forecast's error).
 * </ol>
 */
public final class Calibration {
  /** Replicates of the interval's proposals start here, far from the fit's and the band's. */
  static final int PROPOSAL_REPLICATES = 1_000_000;

  /**
   * How a calibration runs.
   *
   * @param replications replicates averaged at each value the fit tries
   * @param evaluations the fit's most evaluations
   * @param windows spans of the days summarised for the interval, per column
   * @param abc the interval's settings
   * @param band replicates of the fitted model's band
   * @param identified an interval wider than this share of its range is "not identified"
   * @param seed the seed of CMA-ES's sampling
   */
  public record Settings(
      int replications,
      int evaluations,
      int windows,
      int samples,
      double accept,
      double widen,
      int rounds,
      int band,
      double identified,
      long seed) {

    /** The defaults of {@code badaboum calibrate}. */
    public static Settings defaults(long seed) {
      return new Settings(4, 150, 8, 400, 0.2, 2, 3, 20, 0.75, seed);
    }

    /** How the keys were fitted, for the page's method section, in the language of {@code m}. */
    public String describe(int keys, Messages m) {
      return m.format(
          "decide.calibration.method",
          new Search.Settings(Search.Method.CMAES, evaluations, 0.3, seed).describe(keys, m),
          m.count(windows),
          m.count(replications - 1L),
          m.count(samples),
          plain(widen, m),
          m.count(rounds),
          plain(100 * accept, m),
          m.count(band),
          plain(100 * identified, m));
    }

    private static String plain(double value, Messages m) {
      return m.decimal(new java.math.BigDecimal(RoundTrip.plain(value)));
    }
  }

  /**
   * One key's estimate and interval, in the key's units.
   *
   * @param share the interval's width ÷ the range's, on the search scale
   */
  public record Fitted(
      Knob knob, double estimate, double lower, double upper, double share, boolean identified) {}

  /**
   * A column of the history against the fitted model.
   *
   * @param mean the model's mean per day at the estimate
   * @param low its 5th percentile per day over the band's replicates
   * @param high its 95th percentile
   * @param fitNrmse over the days fitted
   * @param forecastNrmse over the days held out; NaN without
   */
  public record Column(
      HistoryColumn column,
      double[] data,
      double[] mean,
      double[] low,
      double[] high,
      double fitNrmse,
      double forecastNrmse) {}

  /**
   * What a calibration found.
   *
   * @param start the history's date of day 0, or ""
   * @param calibrated the scenario with the estimates, at its own horizon
   * @param runs simulations run in all
   */
  public record Result(
      List<Fitted> keys,
      List<Column> columns,
      String start,
      int fitLast,
      int lastDay,
      Scenario calibrated,
      String method,
      int runs,
      AbcInterval.Result interval) {}

  private final Scenario scenario;
  private final String arm;
  private final List<Knob> knobs;
  private final History history;
  private final int holdout;
  private final Settings settings;
  private final Simulator simulator;
  private final Messages m;
  private final Consumer<String> progress;
  private int runs;

  public Calibration(
      Scenario scenario,
      String arm,
      List<Knob> knobs,
      History history,
      int holdout,
      Settings settings,
      Simulator simulator,
      Messages messages,
      Consumer<String> progress) {
    this.m = messages;
    this.scenario = scenario;
    this.arm = arm;
    this.knobs = List.copyOf(knobs);
    this.history = history;
    this.holdout = holdout;
    this.settings = settings;
    this.simulator = simulator;
    this.progress = progress;
  }

  /**
   * Fits the keys.
   *
   * @throws IllegalArgumentException when the scenario is shorter than the history, or too few days
   *     are left to fit
   */
  public Result run() {
    int lastDay = history.lastDay();
    if (scenario.days() < lastDay) {
      throw new IllegalArgumentException(
          "the history runs to day "
              + lastDay
              + " but the scenario stops at day "
              + scenario.days()
              + ": set days: "
              + lastDay
              + " or more in the scenario");
    }
    int fitLast = lastDay - holdout;
    if (fitLast < 13) {
      throw new IllegalArgumentException(
          "--holdout-days "
              + holdout
              + " leaves "
              + (fitLast + 1)
              + " days to fit; keep at least 14");
    }
    Discrepancy discrepancy = new Discrepancy(history, fitLast, settings.windows());
    if (discrepancy.columns().isEmpty()) {
      throw new IllegalArgumentException(
          "no column of the history has two days of data in the days fitted");
    }
    PlanSpace space = new PlanSpace(shortened(scenario, lastDay), arm, knobs);
    // 1. the estimate
    int[] tried = {0};
    long started = System.nanoTime();
    Search.Best best =
        Search.minimise(
            u -> {
              tried[0]++;
              double d = fitDistance(space, space.values(u), discrepancy);
              if (tried[0] % 10 == 0) {
                double perValue = (System.nanoTime() - started) / 1e9 / tried[0];
                progress.accept(
                    m.format(
                        "decide.calibration.fitProgress",
                        m.count(tried[0]),
                        m.count(settings.evaluations()),
                        Optimisation.duration(perValue * (settings.evaluations() - tried[0]))));
              }
              return d;
            },
            space.start(),
            new Search.Settings(Search.Method.CMAES, settings.evaluations(), 0.3, settings.seed()));
    double[] estimate = space.values(best.point());
    // 2. the interval
    AbcInterval.Result interval = interval(space, discrepancy);
    List<Fitted> fitted = new ArrayList<>();
    for (int j = 0; j < knobs.size(); j++) {
      Knob k = knobs.get(j);
      double share = interval.upper()[j] - interval.lower()[j];
      fitted.add(
          new Fitted(
              k,
              estimate[j],
              k.fromUnit(interval.lower()[j]),
              k.fromUnit(interval.upper()[j]),
              share,
              share <= settings.identified()));
    }
    // 3. the band, the errors
    progress.accept(m.format("decide.calibration.bandProgress", m.count(settings.band())));
    List<Column> columns = band(space.scenario(estimate), discrepancy, fitLast, lastDay);
    Scenario calibrated = new PlanSpace(scenario, arm, knobs).scenario(estimate);
    return new Result(
        fitted,
        columns,
        history.start(),
        fitLast,
        lastDay,
        calibrated,
        settings.describe(knobs.size(), m),
        runs,
        interval);
  }

  /** The scenario run to the history's last day only, when it can be (it runs faster). */
  private static Scenario shortened(Scenario scenario, int lastDay) {
    if (scenario.days() == lastDay) {
      return scenario;
    }
    try {
      return new badaboum.scenario.ScenarioLoader()
          .point(scenario, Map.of("days", lastDay), "the history's days");
    } catch (ScenarioException e) {
      // a key tied to the horizon (a campaign after the history's end) keeps the full horizon
      return scenario;
    }
  }

  private double fitDistance(PlanSpace space, double[] values, Discrepancy discrepancy) {
    Scenario point;
    try {
      point = space.scenario(values);
    } catch (ScenarioException e) {
      return Double.MAX_VALUE / 4; // values that make no scenario are the worst fit
    }
    List<RunResult> results = simulator.run(point, arm, 0, settings.replications());
    runs += results.size();
    return discrepancy.distance(mean(results, discrepancy.columns(), ppw(point)));
  }

  private AbcInterval.Result interval(PlanSpace space, Discrepancy discrepancy) {
    int p = knobs.size();
    List<AbcInterval.Proposal> proposals = new ArrayList<>();
    List<double[][]> boxes = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(p);
    double[][] box = AbcInterval.whole(p);
    AbcInterval.Result result = null;
    for (int round = 0; round < settings.rounds(); round++) {
      boxes.add(box);
      int drawn = 0;
      for (int i = 0; i < settings.samples(); i++) {
        double[] s = sobol.nextVector();
        double[] u = new double[p];
        for (int j = 0; j < p; j++) {
          u[j] = box[0][j] + s[j] * (box[1][j] - box[0][j]);
        }
        double[] summaries = simulateOnce(space, u, proposals.size(), discrepancy);
        if (summaries != null) {
          proposals.add(new AbcInterval.Proposal(u, summaries, round));
          drawn++;
        }
      }
      counts.add(drawn);
      result =
          AbcInterval.estimate(
              proposals,
              boxes,
              counts.stream().mapToInt(Integer::intValue).toArray(),
              discrepancy.observed(),
              settings.accept());
      progress.accept(
          m.format(
              "decide.calibration.intervalProgress",
              m.count(round + 1L),
              m.count(proposals.size())));
      double[][] next =
          round == 0
              ? AbcInterval.around(result, settings.widen())
              : AbcInterval.needsWiderBox(result, box)
                  ? AbcInterval.wider(box, settings.widen())
                  : null;
      if (next == null || AbcInterval.same(next, box)) {
        break;
      }
      box = next;
    }
    return result;
  }

  /** One run at unit coordinates {@code u} on a fresh seed; null when they make no scenario. */
  private double[] simulateOnce(PlanSpace space, double[] u, int index, Discrepancy discrepancy) {
    Scenario point;
    try {
      point = space.scenario(space.values(u));
    } catch (ScenarioException e) {
      return null;
    }
    List<RunResult> one = simulator.run(point, arm, PROPOSAL_REPLICATES + index, 1);
    runs++;
    return discrepancy.summariesOf(mean(one, discrepancy.columns(), ppw(point)));
  }

  private List<Column> band(Scenario point, Discrepancy discrepancy, int fitLast, int lastDay) {
    List<RunResult> results = simulator.run(point, arm, 0, settings.band());
    runs += results.size();
    List<Column> columns = new ArrayList<>();
    for (HistoryColumn c : discrepancy.columns()) {
      double[][] perRun = new double[results.size()][];
      for (int r = 0; r < results.size(); r++) {
        perRun[r] = series(c, results.get(r), ppw(point));
      }
      double[] mean = new double[lastDay + 1];
      double[] low = new double[lastDay + 1];
      double[] high = new double[lastDay + 1];
      for (int d = 0; d <= lastDay; d++) {
        double[] v = new double[perRun.length];
        for (int r = 0; r < v.length; r++) {
          v[r] = perRun[r][d];
        }
        badaboum.analysis.Summary s = badaboum.analysis.Summary.of(v);
        mean[d] = s.mean();
        low[d] = s.p5();
        high[d] = s.p95();
      }
      double forecast =
          fitLast < lastDay ? discrepancy.nrmse(c, mean, fitLast + 1, lastDay) : Double.NaN;
      columns.add(
          new Column(
              c,
              history.series(c),
              mean,
              low,
              high,
              discrepancy.nrmse(c, mean, 0, fitLast),
              forecast));
    }
    return columns;
  }

  /** The mean over runs of each column's model days. */
  private Map<HistoryColumn, double[]> mean(
      List<RunResult> results, List<HistoryColumn> columns, double postsPerWeek) {
    int lastDay = history.lastDay();
    Map<HistoryColumn, double[]> out = new EnumMap<>(HistoryColumn.class);
    for (HistoryColumn c : columns) {
      double[] sum = new double[lastDay + 1];
      for (RunResult r : results) {
        double[] s = series(c, r, postsPerWeek);
        for (int d = 0; d <= lastDay; d++) {
          sum[d] += s[d];
        }
      }
      for (int d = 0; d <= lastDay; d++) {
        sum[d] /= results.size();
      }
      out.put(c, sum);
    }
    return out;
  }

  private double[] series(HistoryColumn c, RunResult result, double postsPerWeek) {
    BrandTrace trace = result.traces().get(0);
    double[] posts = history.has(HistoryColumn.POSTS) ? history.series(HistoryColumn.POSTS) : null;
    return ModelSeries.of(c, trace, history.lastDay(), posts, postsPerWeek);
  }

  private double ppw(Scenario point) {
    return point.strategy(arm).postsPerWeek();
  }
}
