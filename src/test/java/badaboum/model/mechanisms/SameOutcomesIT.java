package badaboum.model.mechanisms;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.RandomStreams;
import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.model.DailyCycle;
import badaboum.model.Market;
import badaboum.model.MarketFactory;
import badaboum.model.MarketRandom;
import badaboum.model.Mechanism;
import badaboum.result.DailyMetric;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word of mouth draws only the contacts that can convert someone, so runs differ seed by seed from
 * what they were; what must not change is the distribution of outcomes. Two-sample
 * Kolmogorov–Smirnov tests over 200 seeds compare the engine with the unoptimised mechanism ({@link
 * UnoptimisedWordOfMouth}), each on its own seeds: followers on days 30 and 60 of the saturating
 * case, before it saturates, and final followers of both arms of the flagship.
 */
class SameOutcomesIT {
  private static final int SEEDS = 200;
  private static final double ALPHA = 0.01;
  private static final ScenarioLoader LOADER = new ScenarioLoader();

  @Test
  void saturatingDiffusionBeforeItSaturates(TestReporter reporter) {
    Scenario scenario =
        LOADER.point(
            LOADER.load(Path.of("scenarios/textbook/diffusion-saturating.yaml")),
            Map.of("days", 60),
            "test");
    double[][] engine = followers(scenario, "silent", 0, false, 30, 60);
    double[][] unoptimised = followers(scenario, "silent", SEEDS, true, 30, 60);
    for (int d = 0; d < 2; d++) {
      assertSameDistribution(
          reporter, "saturating, day " + (30 * (d + 1)), engine[d], unoptimised[d]);
    }
    // day 30 is in the middle of the take-off: the runs spread, a shift would show
    assertThat(mean(engine[0])).isBetween(20_000.0, 80_000.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"steady", "boum"})
  void flagshipFinalFollowers(String arm, TestReporter reporter) {
    Scenario scenario = LOADER.load(Path.of("scenarios/boum-vs-steady.yaml"));
    int last = scenario.days();
    assertSameDistribution(
        reporter,
        "flagship " + arm + ", day " + last,
        followers(scenario, arm, 0, false, last)[0],
        followers(scenario, arm, SEEDS, true, last)[0]);
  }

  /** The test has the power to see a change: ten percent more contacts, on a quarter the seeds. */
  @Test
  void aSmallChangeOfTheProcessIsSeen() {
    Scenario scenario =
        LOADER.point(
            LOADER.load(Path.of("scenarios/textbook/diffusion-saturating.yaml")),
            Map.of("days", 30, "audience.word_of_mouth.contacts_per_day", 0.33),
            "test");
    Scenario base =
        LOADER.point(scenario, Map.of("audience.word_of_mouth.contacts_per_day", 0.3), "test");
    double p =
        new KolmogorovSmirnovTest()
            .kolmogorovSmirnovTest(
                followers(scenario, "silent", 0, SEEDS / 4, false, 30)[0],
                followers(base, "silent", SEEDS, SEEDS / 4, true, 30)[0]);
    assertThat(p).isLessThan(ALPHA);
  }

  /** The loop below steps a run as the engine does: with the engine's mechanisms, the same run. */
  @ParameterizedTest
  @ValueSource(
      strings = {"scenarios/boum-vs-steady.yaml", "scenarios/textbook/diffusion-saturating.yaml"})
  void theLoopHereIsTheEngines(String file) {
    Scenario scenario = LOADER.load(Path.of(file));
    String arm = scenario.strategies().get(scenario.strategies().size() - 1).name();
    int[] days = IntStream.rangeClosed(0, scenario.days()).toArray();
    double[] expected =
        Simulation.run(RunSpec.of(scenario, arm, 3)).traces().get(0).series(DailyMetric.FOLLOWERS);
    assertThat(run(scenario, arm, 3, false, days)).containsExactly(expected);
  }

  private static void assertSameDistribution(
      TestReporter reporter, String what, double[] engine, double[] unoptimised) {
    double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(engine, unoptimised);
    reporter.publishEntry(
        what,
        String.format(
            Locale.ROOT,
            "KS p = %.3f; mean followers %.1f (engine) and %.1f (unoptimised)",
            p,
            mean(engine),
            mean(unoptimised)));
    assertThat(p).as(what + ": KS p-value").isGreaterThan(ALPHA);
  }

  private static double[][] followers(
      Scenario scenario, String arm, int first, boolean unoptimised, int... days) {
    return followers(scenario, arm, first, SEEDS, unoptimised, days);
  }

  /**
   * Followers on each of {@code days}, [day][seed], for {@code seeds} replicates from {@code
   * first}.
   */
  private static double[][] followers(
      Scenario scenario, String arm, int first, int seeds, boolean unoptimised, int... days) {
    double[][] bySeed =
        IntStream.range(first, first + seeds)
            .parallel()
            .mapToObj(replicate -> run(scenario, arm, replicate, unoptimised, days))
            .toArray(double[][]::new);
    double[][] byDay = new double[days.length][seeds];
    for (int s = 0; s < seeds; s++) {
      for (int d = 0; d < days.length; d++) {
        byDay[d][s] = bySeed[s][d];
      }
    }
    return byDay;
  }

  /** One run, stepped as {@code CommunitySimulation} steps it; followers on the days asked. */
  private static double[] run(
      Scenario scenario, String arm, int replicate, boolean unoptimised, int... days) {
    RandomStreams streams = new RandomStreams(RunSpec.of(scenario, arm, replicate).seed());
    MarketRandom random =
        new MarketRandom(
            streams.stream("audience"),
            streams.stream("network"),
            streams.stream("platform"),
            streams.stream("bots"),
            scenario.brands().stream().map(b -> streams.stream("brand:" + b.name())).toList(),
            streams::stream);
    Market market = MarketFactory.create(scenario, arm, random);
    List<Mechanism> cycle = new ArrayList<>(DailyCycle.of(scenario));
    if (unoptimised) {
      cycle.replaceAll(m -> unoptimised(m, scenario));
    }
    double[] followers = new double[days.length];
    market.startDay(0);
    for (int day = 0; day <= days[days.length - 1]; day++) {
      if (day > 0) {
        market.startDay(day);
        for (Mechanism mechanism : cycle) {
          mechanism.apply(market);
        }
      }
      for (int d = 0; d < days.length; d++) {
        if (days[d] == day) {
          followers[d] = market.brands().get(0).followerCount();
        }
      }
    }
    return followers;
  }

  private static Mechanism unoptimised(Mechanism mechanism, Scenario scenario) {
    if (mechanism instanceof WordOfMouth) {
      return new UnoptimisedWordOfMouth(scenario.audience().wordOfMouth());
    }
    return mechanism;
  }

  private static double mean(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total / values.length;
  }
}
