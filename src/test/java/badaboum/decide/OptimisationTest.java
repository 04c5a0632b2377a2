package badaboum.decide;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.language.Language;
import badaboum.language.Messages;
import badaboum.result.SummaryMetric;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import badaboum.sweep.SweepPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optimiser against a fine grid sweep of one knob, the budget, and resuming a search. */
class OptimisationTest {
  private static final Messages EN = Messages.of(Language.EN);

  static final Path ONE_KNOB = Path.of("src/test/resources/scenarios/decide/one-knob.yaml");

  @TempDir Path dir;

  static Scenario withoutSweep(Scenario scenario) {
    return new ScenarioLoader().point(scenario, Map.of(), "test");
  }

  static Optimisation.Outcome search(
      Scenario base,
      String knob,
      Objective objective,
      double budget,
      int evaluations,
      List<Evaluation> recorded,
      java.util.function.Consumer<Evaluation> journal) {
    PlanSpace space = new PlanSpace(base, "steady", List.of(Knob.parse(knob)));
    try (Simulator simulator = new Simulator(2)) {
      return new Optimisation(
              new Optimisation.Problem(space, objective, budget, base.replications()),
              simulator,
              recorded,
              journal,
              EN,
              line -> {})
          .run(new Search.Settings(Search.Method.CMAES, evaluations, 0.3, 5));
    }
  }

  @Test
  void oneKnobPlanIsAtLeastAsGoodAsTheBestPointOfAFineGridSweep() {
    Scenario scenario = new ScenarioLoader().load(ONE_KNOB);
    // the grid sweep, point by point as `badaboum sweep` runs it: 57 points, 6 replicates each
    SweepPlan grid = SweepPlan.of(scenario);
    double bestOfGrid = Double.NEGATIVE_INFINITY;
    double bestPosts = Double.NaN;
    for (int p = 0; p < grid.layout().points(); p++) {
      double sum = 0;
      for (int r = 0; r < scenario.replications(); r++) {
        sum +=
            Simulation.run(RunSpec.of(grid.scenario(p), "steady", r))
                .focal()
                .get(SummaryMetric.MEAN_FOLLOWERS);
      }
      double mean = sum / scenario.replications();
      if (mean > bestOfGrid) {
        bestOfGrid = mean;
        bestPosts =
            ((Number) grid.point(p).values().get("strategies.steady.posts_per_week")).doubleValue();
      }
    }
    Optimisation.Outcome outcome =
        search(
            withoutSweep(scenario),
            "strategies.steady.posts_per_week=0:28",
            Objective.parse("mean_followers", null),
            Double.POSITIVE_INFINITY,
            40,
            List.of(),
            e -> {});
    System.out.printf(
        "one knob: grid best %.4f at %s posts a week (57 points); search best %.4f at %s in %d"
            + " evaluations%n",
        bestOfGrid,
        bestPosts,
        outcome.best().objectiveMean(),
        outcome.best().values()[0],
        outcome.evaluations().size());
    assertThat(outcome.evaluations()).hasSize(40);
    assertThat(outcome.best().objectiveMean()).isGreaterThanOrEqualTo(bestOfGrid);
  }

  static Scenario shortRun() {
    Scenario scenario = new ScenarioLoader().load(ONE_KNOB);
    return new ScenarioLoader()
        .point(scenario, Map.of("days", 60, "replications", 3), "a shorter test");
  }

  static SearchSpec spec(Double budget, int evaluations) {
    return new SearchSpec(
        "steady",
        List.of(
            "strategies.steady.posts_per_week=0:14",
            "strategies.steady.community_manager.hours_per_week=1:20"),
        "mean_active",
        true,
        budget,
        3,
        evaluations,
        "cmaes",
        0.3,
        9);
  }

  @Test
  void theBestPlanKeepsWithinTheBudgetAndPlansOverItRankAfter() throws Exception {
    // spend is the manager's hours: 35 an hour over 60 days, so 1,500 allows up to 5 hours a week
    Path folder = dir.resolve("budget");
    OptimisationSession.Result r;
    try (Simulator simulator = new Simulator(2)) {
      r =
          OptimisationSession.start(
              folder, shortRun(), spec(1500.0, 16), simulator, EN, line -> {}, "test");
    }
    assertThat(r.outcome().evaluations()).hasSize(16);
    assertThat(r.outcome().evaluations()).anyMatch(e -> !e.feasible());
    assertThat(r.best().spendMean()).isLessThanOrEqualTo(1500);
    double bestFeasible =
        r.outcome().evaluations().stream()
            .filter(Evaluation::feasible)
            .mapToDouble(Evaluation::objectiveMean)
            .max()
            .orElseThrow();
    assertThat(r.best().objectiveMean()).isEqualTo(bestFeasible);
    assertThat(Files.readString(folder.resolve("best.yaml")))
        .contains("steady-optimised:")
        .contains("- steady-optimised");
    // best.yaml is a scenario that loads, its new arm set to the best plan
    Scenario best = new ScenarioLoader().load(folder.resolve("best.yaml"));
    assertThat(best.arms()).containsExactly("steady", "steady-optimised");
    assertThat(best.strategy("steady-optimised").postsPerWeek()).isEqualTo(r.best().values()[0]);
    assertThat(Files.readString(folder.resolve("optimisation.html")))
        .contains("Cost against outcome")
        .contains("<svg");
  }

  @Test
  void noPlanWithinTheBudgetIsSaidSo() throws Exception {
    Path folder = dir.resolve("none");
    OptimisationSession.Result r;
    try (Simulator simulator = new Simulator(2)) {
      r = OptimisationSession.start(folder, shortRun(), spec(10.0, 4), simulator, EN, l -> {}, "t");
    }
    assertThat(r.best()).isNull();
    assertThat(folder.resolve("best.yaml")).doesNotExist();
    assertThat(Files.readString(folder.resolve("optimisation.html")))
        .contains("No plan among the 4 evaluated kept within the budget");
  }

  @Test
  void aStoppedSearchResumesFromItsJournalAndEndsWithTheSameFile() throws Exception {
    Path whole = dir.resolve("whole");
    Path stopped = dir.resolve("stopped");
    try (Simulator simulator = new Simulator(2)) {
      OptimisationSession.start(whole, shortRun(), spec(null, 14), simulator, EN, l -> {}, "t");
      int[] lines = {0};
      try {
        OptimisationSession.start(
            stopped,
            shortRun(),
            spec(null, 14),
            simulator,
            EN,
            line -> {
              if (++lines[0] == 6) {
                throw new IllegalStateException("killed");
              }
            },
            "t");
      } catch (IllegalStateException e) {
        assertThat(e).hasMessage("killed");
      }
      // a half-written row, as a kill while writing leaves
      Files.writeString(
          stopped.resolve("optimisation.csv"), "6,3.5,", java.nio.file.StandardOpenOption.APPEND);
      List<String> seen = new ArrayList<>();
      OptimisationSession.Result r =
          OptimisationSession.resume(stopped, simulator, EN, seen::add, "t");
      assertThat(r.outcome().replayed()).isEqualTo(6);
      assertThat(seen.get(0)).startsWith("plan 1/14 (from the journal): ");
    }
    assertThat(Files.readString(stopped.resolve("optimisation.csv")))
        .isEqualTo(Files.readString(whole.resolve("optimisation.csv")));
    assertThat(Files.readString(stopped.resolve("best.yaml")))
        .isEqualTo(Files.readString(whole.resolve("best.yaml")));
  }
}
