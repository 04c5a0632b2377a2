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

  /**
   * Arms side by side: each step of the lockstep moves every arm one day, and each arm, with its
   * network view following its community every day, is exactly the engine's run of that arm.
   */
  @Test
  void armsInLockstepAreEachTheEnginesRunWhileTheirViewsFollowThem() {
    Scenario small =
        new ScenarioLoader().override(scenario, Map.of("days", 120, "audience.size", 3000), "test");
    WorkshopParameters parameters =
        new WorkshopParameters(small, java.util.List.of("boum", "steady"));
    Lockstep lockstep = new Lockstep(parameters);
    lockstep.start();
    java.util.List<BrandTrace> traces = new java.util.ArrayList<>();
    java.util.List<CommunityFocus> views = new java.util.ArrayList<>();
    for (int arm = 0; arm < 2; arm++) {
      RunSpec spec = parameters.runSpec(arm);
      assertThat(lockstep.arms().get(arm).spec()).isEqualTo(spec);
      assertThat(spec.seed()).isEqualTo(parameters.runSpec(0).seed());
      traces.add(Simulation.run(spec).traces().get(0));
      badaboum.model.network.Graph graph = lockstep.arms().get(arm).market().audience().friends();
      views.add(new CommunityFocus(AudienceSample.of(graph, 300, 5), graph, 5));
    }
    for (int day = 1; day <= small.days(); day++) {
      lockstep.schedule.step(lockstep);
      for (int arm = 0; arm < 2; arm++) {
        CommunitySimulation sim = lockstep.arms().get(arm);
        views.get(arm).update(sim.market().brands().get(0));
        DaySnapshot d = DaySnapshot.of(sim.market(), new int[sim.market().brands().size()]);
        BrandTrace trace = traces.get(arm);
        assertThat(d.day()).isEqualTo(day);
        assertThat(d.fans()).isEqualTo((int) trace.get(DailyMetric.FANS, day));
        assertThat(d.active()).isEqualTo((int) trace.get(DailyMetric.ACTIVE, day));
        assertThat(d.sentiment()).isEqualTo(trace.get(DailyMetric.SENTIMENT, day));
        assertThat(d.spend()).isEqualTo(trace.get(DailyMetric.SPEND, day));
      }
    }
    assertThat(traces.get(0).get(DailyMetric.FANS, small.days()))
        .isNotEqualTo(traces.get(1).get(DailyMetric.FANS, small.days()));
    lockstep.finish();
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
