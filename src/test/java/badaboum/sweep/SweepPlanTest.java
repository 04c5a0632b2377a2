package badaboum.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.result.RunResult;
import badaboum.result.SweepLayout;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioException;
import badaboum.scenario.ScenarioLoader;
import badaboum.sweep.design.DesignPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepPlanTest {
  static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");
  static final Path GRID = Path.of("src/test/resources/scenarios/sweep-tiny.yaml");

  @TempDir Path dir;

  final ScenarioLoader loader = new ScenarioLoader();

  @Test
  void runIdsArePointMajorWithTheArmsOfAReplicateSideBySide() {
    SweepPlan plan = SweepPlan.of(loader.load(GRID));
    SweepLayout layout = plan.layout();
    assertThat(layout.points()).isEqualTo(6);
    assertThat(plan.runCount()).isEqualTo(6 * 4 * 2);
    List<String> first = new ArrayList<>();
    Iterator<RunTask> tasks = plan.tasks();
    for (int i = 0; i < 10; i++) {
      RunTask t = tasks.next();
      first.add(t.runId() + ":" + t.point() + "/" + t.replicate() + "/" + t.arm());
    }
    assertThat(first)
        .containsExactly(
            "0:0/0/steady",
            "1:0/0/boum",
            "2:0/1/steady",
            "3:0/1/boum",
            "4:0/2/steady",
            "5:0/2/boum",
            "6:0/3/steady",
            "7:0/3/boum",
            "8:1/0/steady",
            "9:1/0/boum");
    for (long id = 0; id < plan.runCount(); id++) {
      RunTask t = plan.task(id, false);
      assertThat(layout.runId(t.point(), t.replicate(), layout.arms().indexOf(t.arm())))
          .isEqualTo(id);
      assertThat(layout.cell(id)).isEqualTo(t.point() * 2 + layout.arms().indexOf(t.arm()));
    }
  }

  @Test
  void aRunSeedDependsOnlyOnTheMasterSeedAndTheReplicate() {
    SweepPlan plan = SweepPlan.of(loader.load(GRID));
    for (long id = 0; id < plan.runCount(); id++) {
      RunTask t = plan.task(id, false);
      assertThat(t.seed()).isEqualTo(RunSpec.seed(11, t.replicate()));
    }
    assertThat(plan.task(0, false).seed()).isNotEqualTo(plan.task(2, false).seed());
  }

  @Test
  void aGridExpandsEveryCombinationWithTheLastFactorFastest() {
    SweepPlan plan = SweepPlan.of(loader.load(GRID));
    assertThat(plan.design()).isEqualTo("grid");
    assertThat(plan.layout().variedPaths())
        .containsExactly("audience.discovery", "community.dormancy");
    assertThat(plan.point(0).values()).containsEntry("audience.discovery", 0.005);
    assertThat(plan.point(1).values()).containsEntry("community.dormancy", 0.02);
    assertThat(plan.point(3).values()).containsEntry("audience.discovery", 0.02);
    Scenario p4 = plan.scenario(4);
    assertThat(p4.audience().discoveryPerDay()).isEqualTo(0.02);
    assertThat(p4.community().dormancyPerDay()).isEqualTo(0.02);
    assertThat(plan.spec(plan.task(4 * 8 + 3, false)).scenario()).isSameAs(p4);
  }

  @Test
  void withoutASweepSectionThereIsOnePointTheScenarioItself() {
    Scenario tiny = loader.load(TINY);
    SweepPlan plan = SweepPlan.of(tiny);
    assertThat(plan.layout().points()).isEqualTo(1);
    assertThat(plan.design()).isEqualTo("none");
    assertThat(plan.runCount()).isEqualTo(tiny.runCount());
    assertThat(plan.scenario(0)).isSameAs(tiny);
    assertThat(plan.layout().variedPaths()).isEmpty();
  }

  @Test
  void sampledDesignsDrawFromTheMasterSeed() throws IOException {
    String lhs =
        Files.readString(GRID)
            .replace("design: grid", "design: lhs\n  samples: 5")
            .replace("[0.005, 0.02]", "{min: 0.001, max: 0.02}")
            .replace("{from: 0.01, to: 0.03, step: 0.01}", "{min: 0.0, max: 0.05}");
    Path a = write("a.yaml", lhs);
    Path b = write("b.yaml", lhs.replace("seed: 11", "seed: 12"));
    List<DesignPoint> first = points(SweepPlan.of(loader.load(a)));
    assertThat(first).hasSize(5);
    assertThat(points(SweepPlan.of(loader.load(a)))).isEqualTo(first);
    assertThat(points(SweepPlan.of(loader.load(b)))).isNotEqualTo(first);
  }

  @Test
  void designProblemsArePlacedAtTheVariedParameter() throws IOException {
    Path file =
        write(
            "sobol.yaml",
            "days: 5\n"
                + "audience: {size: 100}\n"
                + "strategies: {a: {}}\n"
                + "sweep:\n"
                + "  design: sobol\n"
                + "  samples: 8\n"
                + "  vary:\n"
                + "    audience.discovery: [0.01, 0.02]\n"
                + "    seed: {min: 1, max: 5, integer: true}\n");
    Scenario scenario = loader.load(file);
    assertThatThrownBy(() -> SweepPlan.of(scenario))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(
            file
                + ":9:5: sweep.vary.seed: the master seed cannot be varied: every point shares the"
                + " replicates' seeds (common random numbers); run another sweep with --seed"
                + " instead\n"
                + file
                + ":8:5: sweep.vary.audience.discovery: design sobol needs {min, max} ranges, not"
                + " a list of levels; vary levels with grid, random or lhs");
    assertThatThrownBy(() -> SweepPlan.pointCount(scenario)).isInstanceOf(ScenarioException.class);
  }

  @Test
  void pointCountDoesNotNeedTheExpansion() {
    assertThat(SweepPlan.pointCount(loader.load(GRID))).isEqualTo(6);
    assertThat(SweepPlan.pointCount(loader.load(TINY))).isEqualTo(1);
  }

  @Test
  void aPointWhoseValuesDoNotFitTogetherIsReportedWhenItIsBuilt() throws IOException {
    Path file =
        write(
            "clash.yaml",
            "days: 5\n"
                + "audience: {size: 100, network: {degree: 4}}\n"
                + "strategies: {a: {}}\n"
                + "sweep:\n"
                + "  vary:\n"
                + "    audience.size: [6, 100]\n"
                + "    audience.network.degree: [4, 8]\n");
    SweepPlan plan = SweepPlan.of(loader.load(file));
    assertThat(plan.scenario(0).audience().size()).isEqualTo(6);
    assertThatThrownBy(() -> plan.scenario(1))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("sweep point 1: audience.network.degree: 8 friends is not possible");
  }

  @Test
  void aPlanRebuiltFromTheEffectiveYamlRunsTheSame() {
    SweepPlan plan = SweepPlan.of(loader.load(GRID));
    SweepPlan again = SweepPlan.fromEffectiveYaml(plan.effectiveYaml());
    assertThat(again.layout()).isEqualTo(plan.layout());
    for (int p = 0; p < plan.layout().points(); p++) {
      assertThat(again.point(p)).isEqualTo(plan.point(p));
    }
    RunTask task = plan.task(29, false);
    RunResult here = Simulation.run(plan.spec(task));
    RunResult there = Simulation.run(again.spec(task));
    assertThat(there.traces().get(0).values()).isDeepEqualTo(here.traces().get(0).values());
  }

  @Test
  void tasksCanBeSelectedForRecordingOrForRecovery() {
    SweepPlan plan = SweepPlan.of(loader.load(GRID));
    java.util.BitSet run = new java.util.BitSet();
    run.set(5);
    run.set(40);
    java.util.BitSet recover = new java.util.BitSet();
    recover.set(3);
    List<String> tasks = new ArrayList<>();
    plan.tasks(run, recover).forEachRemaining(t -> tasks.add(t.runId() + ":" + t.recovery()));
    assertThat(tasks).containsExactly("3:true", "5:false", "40:false");
  }

  private static List<DesignPoint> points(SweepPlan plan) {
    List<DesignPoint> points = new ArrayList<>();
    for (int p = 0; p < plan.layout().points(); p++) {
      points.add(plan.point(p));
    }
    return points;
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
