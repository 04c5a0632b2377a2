package badaboum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.result.DailyMetric;
import badaboum.result.RunResult;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Textbook reduction 3: with peer reactivation beta and decay alpha, the active share tends to 1 −
 * alpha/beta above the threshold and to 0 below it.
 */
class SelfSustainingActivityTest {
  private final ScenarioLoader loader = new ScenarioLoader();
  private final Scenario scenario = loader.load(Path.of("scenarios/textbook/self-sustaining.yaml"));

  @Test
  void aboveTheThresholdTheActiveShareSettlesAtOneMinusAlphaOverBeta() {
    double alpha = scenario.community().dormancyPerDay();
    double beta = scenario.community().peerReactivationPerDay();
    assertThat(beta).isGreaterThan(alpha);
    assertThat(settledActiveShare(scenario)).isCloseTo(1 - alpha / beta, within(0.01));
  }

  @Test
  void belowTheThresholdActivityDiesOut() {
    Scenario below = loader.override(scenario, Map.of("community.dormancy", 0.06), "test");
    assertThat(settledActiveShare(below)).isLessThan(0.005);
  }

  @Test
  void theThresholdMovesWithBeta() {
    Scenario livelier =
        loader.override(scenario, Map.of("community.peer_reactivation", 0.08), "test");
    assertThat(settledActiveShare(livelier)).isCloseTo(1 - 0.02 / 0.08, within(0.01));
  }

  /** Mean active share of followers over the last 100 days, across replications. */
  private static double settledActiveShare(Scenario s) {
    double total = 0;
    int count = 0;
    for (int r = 0; r < s.replications(); r++) {
      RunResult run = Simulation.run(RunSpec.of(s, "silent", r));
      double[] active = run.traces().get(0).series(DailyMetric.ACTIVE);
      double[] followers = run.traces().get(0).series(DailyMetric.FOLLOWERS);
      for (int day = s.days() - 99; day <= s.days(); day++) {
        total += active[day] / followers[day];
        count++;
      }
    }
    return total / count;
  }

  private static org.assertj.core.data.Offset<Double> within(double tolerance) {
    return org.assertj.core.data.Offset.offset(tolerance);
  }
}
