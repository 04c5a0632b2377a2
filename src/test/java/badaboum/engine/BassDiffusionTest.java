package badaboum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.result.DailyMetric;
import badaboum.result.RunResult;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Textbook reduction 1: the mean follower share follows the Bass closed form. */
class BassDiffusionTest {

  /** Bass (1969): F(t) = (1 − e^−(p+q)t) / (1 + (q/p) e^−(p+q)t). */
  static double bass(double p, double q, double t) {
    double e = Math.exp(-(p + q) * t);
    return (1 - e) / (1 + (q / p) * e);
  }

  @Test
  void meanFollowerShareIsWithinOneHundredthOfTheClosedFormOnEveryDay() {
    Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/textbook/bass.yaml"));
    double p = scenario.audience().discoveryPerDay();
    double q =
        scenario.audience().wordOfMouth().contactsPerDay()
            * scenario.audience().wordOfMouth().conversion();
    int n = scenario.audience().size();
    int days = scenario.days();
    assertThat(scenario.replications()).isGreaterThanOrEqualTo(30);

    double[] mean = new double[days + 1];
    for (int r = 0; r < scenario.replications(); r++) {
      RunResult run = Simulation.run(RunSpec.of(scenario, "silent", r));
      double[] followers = run.traces().get(0).series(DailyMetric.FOLLOWERS);
      for (int day = 0; day <= days; day++) {
        mean[day] += followers[day] / n / scenario.replications();
      }
    }

    double worst = 0;
    for (int day = 0; day <= days; day++) {
      worst = Math.max(worst, Math.abs(mean[day] - bass(p, q, day)));
    }
    assertThat(worst).isLessThan(0.01);
    // and the diffusion really happened: a test that cannot fail would pass at F = 0 too
    assertThat(mean[days]).isGreaterThan(0.9);
    assertThat(mean[100]).isBetween(bass(p, q, 100) - 0.01, bass(p, q, 100) + 0.01);
  }
}
