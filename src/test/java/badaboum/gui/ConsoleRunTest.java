package badaboum.gui;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.CommunitySimulation;
import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The console's simulation is the engine's: started from the Model tab's parameters and read after
 * each day, it gives, day by day, the numbers of {@code Simulation.run} on the same spec; after a
 * change, the next start runs the changed spec.
 */
class ConsoleRunTest {
  final Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/boum-vs-steady.yaml"));

  @Test
  void readingEachDayChangesNothingAndEachStartTakesTheLatestParameters() {
    WorkshopParameters parameters =
        new WorkshopParameters(
            new ScenarioLoader()
                .override(scenario, Map.of("days", 200, "audience.size", 3000), "test"),
            "boum");
    CommunitySimulation sim = new CommunitySimulation(parameters::runSpec);
    assertRunMatchesTheEngine(sim, parameters.runSpec());

    assertThat(parameters.set(parameters.strategyPath("posts_per_week"), 12.0)).isNull();
    assertThat(parameters.setReplicate(1)).isNull();
    RunSpec changed = parameters.runSpec();
    assertThat(changed.scenario().strategy("boum").postsPerWeek()).isEqualTo(12.0);
    assertRunMatchesTheEngine(sim, changed);
  }

  private static void assertRunMatchesTheEngine(CommunitySimulation sim, RunSpec spec) {
    BrandTrace trace = Simulation.run(spec).traces().get(0);
    sim.start();
    assertThat(sim.spec()).isEqualTo(spec);
    int[] seen = new int[sim.market().brands().size()];
    int events = 0;
    for (int day = 0; day <= spec.scenario().days(); day++) {
      if (day > 0) {
        sim.schedule.step(sim);
      }
      DaySnapshot d = DaySnapshot.of(sim.market(), seen);
      events += d.events().size();
      assertThat(d.day()).isEqualTo(day);
      assertThat(d.fans()).isEqualTo((int) trace.get(DailyMetric.FANS, day));
      assertThat(d.followers()).isEqualTo((int) trace.get(DailyMetric.FOLLOWERS, day));
      assertThat(d.active()).isEqualTo((int) trace.get(DailyMetric.ACTIVE, day));
      assertThat(d.ambassadors()).isEqualTo((int) trace.get(DailyMetric.AMBASSADORS, day));
      assertThat(d.fakeFans()).isEqualTo((int) trace.get(DailyMetric.FAKE_FANS, day));
      assertThat(d.sentiment()).isEqualTo(trace.get(DailyMetric.SENTIMENT, day));
      assertThat(d.spend()).isEqualTo(trace.get(DailyMetric.SPEND, day));
      assertThat(d.alive() ? 1.0 : 0.0).isEqualTo(trace.get(DailyMetric.ALIVE, day));
    }
    assertThat(events).isEqualTo(sim.market().brands().get(0).programme().events().size());
    assertThat(events).isPositive();
    sim.finish();
  }
}
