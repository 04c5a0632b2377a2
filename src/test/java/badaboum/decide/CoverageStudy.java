package badaboum.decide;

import badaboum.language.Language;
import badaboum.language.Messages;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Calibration's coverage study: histories the model wrote at known values of the keys (drawn
 * uniformly over each key's range, on its search scale, as the interval's prior is), fitted back;
 * how often each 90% interval holds the truth, and the forecast's error on the days held out.
 */
final class CoverageStudy {
  static final Path PAGE = Path.of("src/test/resources/scenarios/decide/page.yaml");
  static final List<String> KEYS =
      List.of("audience.discovery=0.0005:0.005", "community.unfollow_per_day=0.0005:0.005");

  /**
   * One key of one case.
   *
   * @param fit the mean over columns of the fit's normalised RMSE
   * @param forecast the mean over columns of the forecast's normalised RMSE on the days held out
   * @param oracle the same for the model at the true values: the error that chance alone leaves
   */
  record Case(
      int index,
      String key,
      double truth,
      double estimate,
      double lower,
      double upper,
      boolean identified,
      double fit,
      double forecast,
      double oracle) {
    boolean covered() {
      return truth >= lower && truth <= upper;
    }
  }

  private CoverageStudy() {}

  /** {@code datasets} cases, each on its own seed and its own truth. */
  static List<Case> run(
      int datasets,
      Calibration.Settings settings,
      int holdout,
      long seed,
      java.util.function.Consumer<String> log) {
    Scenario page = new ScenarioLoader().load(PAGE);
    List<Knob> knobs = KEYS.stream().map(Knob::parse).toList();
    Random random = new Random(seed);
    List<Case> cases = new ArrayList<>();
    try (Simulator simulator = new Simulator(Runtime.getRuntime().availableProcessors())) {
      for (int i = 0; i < datasets; i++) {
        double[] truth = new double[knobs.size()];
        for (int j = 0; j < truth.length; j++) {
          truth[j] = knobs.get(j).fromUnit(random.nextDouble());
        }
        History history = Synthetic.history(page, "steady", knobs, truth, 500_000 + i, 9);
        Calibration.Result r =
            new Calibration(
                    page,
                    "steady",
                    knobs,
                    history,
                    holdout,
                    settings,
                    simulator,
                    Messages.of(Language.EN),
                    l -> {})
                .run();
        double fit = 0;
        double forecast = 0;
        for (Calibration.Column c : r.columns()) {
          fit += c.fitNrmse() / r.columns().size();
          forecast += c.forecastNrmse() / r.columns().size();
        }
        double oracle = oracle(page, knobs, truth, history, holdout, settings, simulator);
        for (int j = 0; j < knobs.size(); j++) {
          Calibration.Fitted f = r.keys().get(j);
          Case c =
              new Case(
                  i,
                  knobs.get(j).path(),
                  truth[j],
                  f.estimate(),
                  f.lower(),
                  f.upper(),
                  f.identified(),
                  fit,
                  forecast,
                  oracle);
          cases.add(c);
          log.accept(
              String.format(
                  Locale.ROOT,
                  "%d,%s,%s,%s,%s,%s,%s,%s,%.4f,%.4f,%.4f",
                  i,
                  c.key(),
                  RoundTrip.plain(c.truth()),
                  RoundTrip.plain(c.estimate()),
                  RoundTrip.plain(c.lower()),
                  RoundTrip.plain(c.upper()),
                  c.covered() ? 1 : 0,
                  c.identified() ? 1 : 0,
                  fit,
                  forecast,
                  oracle));
        }
      }
    }
    return cases;
  }

  /** The forecast's error of the model at the true values, over as many runs as the band. */
  static double oracle(
      Scenario page,
      List<Knob> knobs,
      double[] truth,
      History history,
      int holdout,
      Calibration.Settings settings,
      Simulator simulator) {
    Scenario point = new PlanSpace(page, "steady", knobs).scenario(truth);
    int last = history.lastDay();
    Discrepancy d = new Discrepancy(history, last - holdout, settings.windows());
    var runs = simulator.run(point, "steady", 0, settings.band());
    double total = 0;
    for (HistoryColumn c : d.columns()) {
      double[] mean = new double[last + 1];
      for (var run : runs) {
        double[] s =
            ModelSeries.of(
                c, run.traces().get(0), last, null, point.strategy("steady").postsPerWeek());
        for (int day = 0; day <= last; day++) {
          mean[day] += s[day] / runs.size();
        }
      }
      total += d.nrmse(c, mean, last - holdout + 1, last) / d.columns().size();
    }
    return total;
  }

  static String summary(List<Case> cases) {
    long covered = cases.stream().filter(Case::covered).count();
    double forecast = cases.stream().mapToDouble(Case::forecast).average().orElse(Double.NaN);
    double fit = cases.stream().mapToDouble(Case::fit).average().orElse(Double.NaN);
    double oracle = cases.stream().mapToDouble(Case::oracle).average().orElse(Double.NaN);
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%d of %d intervals hold the truth (%.0f%%); mean NRMSE of the fit %.3f, of the"
                    + " forecast %.3f (the true values' own forecast: %.3f)%n",
                covered,
                cases.size(),
                100.0 * covered / cases.size(),
                fit,
                forecast,
                oracle));
    for (String key : cases.stream().map(Case::key).distinct().toList()) {
      List<Case> k = cases.stream().filter(c -> c.key().equals(key)).toList();
      out.append(
          String.format(
              Locale.ROOT,
              "  %s: %d of %d covered, %d identified, median interval width %.3g%n",
              key,
              k.stream().filter(Case::covered).count(),
              k.size(),
              k.stream().filter(Case::identified).count(),
              k.stream()
                  .mapToDouble(c -> c.upper() - c.lower())
                  .sorted()
                  .skip(k.size() / 2)
                  .findFirst()
                  .orElse(Double.NaN)));
    }
    return out.toString();
  }
}
