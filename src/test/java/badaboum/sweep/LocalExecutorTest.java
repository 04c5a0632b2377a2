package badaboum.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.Simulation;
import badaboum.result.BrandTrace;
import badaboum.result.RunOutcome;
import badaboum.result.RunResult;
import badaboum.result.RunStatus;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalExecutorTest {
  static final Path GRID = Path.of("src/test/resources/scenarios/sweep-tiny.yaml");

  @TempDir Path dir;

  final SweepPlan plan = SweepPlan.of(new ScenarioLoader().load(GRID));

  @Test
  void aRunThatThrowsBecomesAFailedOutcomeAndTheOthersGoOn() throws InterruptedException {
    RunFunction failing =
        (task, spec) -> {
          if (task.runId() == 3 || task.runId() == 10) {
            throw new IllegalStateException("boom in run " + task.runId());
          }
          return Simulation.run(spec);
        };
    List<RunOutcome> outcomes = new ArrayList<>();
    new LocalExecutor(2, failing).execute(plan, plan.tasks(), outcomes::add);

    assertThat(outcomes).hasSize((int) plan.runCount());
    assertThat(outcomes.stream().map(RunOutcome::runId).distinct()).hasSize(outcomes.size());
    List<RunOutcome> failed =
        outcomes.stream().filter(o -> o.status() == RunStatus.FAILED).toList();
    assertThat(failed).extracting(RunOutcome::runId).containsExactlyInAnyOrder(3L, 10L);
    RunOutcome three = failed.stream().filter(o -> o.runId() == 3).findFirst().orElseThrow();
    assertThat(three.error()).isEqualTo("IllegalStateException: boom in run 3"); // no frame
    assertThat(three.seed()).isEqualTo(plan.task(3, false).seed());
    assertThat(three.result()).isNull();
    assertThat(three.pointValues()).isEqualTo(plan.point(0).values());
  }

  @Test
  void theSinkIsCalledFromOneThreadAtATime() throws InterruptedException {
    AtomicBoolean inside = new AtomicBoolean();
    AtomicLong overlaps = new AtomicLong();
    new LocalExecutor(2)
        .execute(
            plan,
            plan.tasks(),
            o -> {
              if (!inside.compareAndSet(false, true)) {
                overlaps.incrementAndGet();
              }
              Thread.onSpinWait();
              inside.set(false);
            });
    assertThat(overlaps).hasValue(0);
  }

  @Test
  void dispatchStaysWithinAWindowOfTheOldestRunInFlight() throws InterruptedException {
    LocalExecutor executor = new LocalExecutor(2);
    Set<Long> started = new ConcurrentSkipListSet<>();
    AtomicLong furthestWhileZeroRan = new AtomicLong();
    RunFunction slowFirst =
        (task, spec) -> {
          started.add(task.runId());
          if (task.runId() == 0) {
            try {
              Thread.sleep(300);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            furthestWhileZeroRan.set(started.stream().mapToLong(Long::longValue).max().orElse(0));
          }
          return Simulation.run(spec);
        };
    new LocalExecutor(2, slowFirst).execute(plan, plan.tasks(), o -> {});
    assertThat(furthestWhileZeroRan.get()).isLessThan(executor.window());
    assertThat(started).hasSize((int) plan.runCount());
  }

  @Test
  void aNonFiniteDailyMetricFailsTheRun() throws InterruptedException {
    RunFunction poisoned =
        (task, spec) -> {
          RunResult r = Simulation.run(spec);
          if (task.runId() == 1) {
            BrandTrace t = r.traces().get(0);
            t.values()[6][2] = Double.NaN;
          }
          return r;
        };
    List<RunOutcome> outcomes = new ArrayList<>();
    new LocalExecutor(1, poisoned).execute(plan, plan.tasks(), outcomes::add);
    assertThat(outcomes.get(1).status()).isEqualTo(RunStatus.FAILED);
    assertThat(outcomes.get(1).error())
        .isEqualTo("daily metric engagement_rate of brand brand is NaN on day 2");
  }

  @Test
  void thePointOfAnInvalidCombinationFailsItsRunsOnly() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("clash.yaml"),
            "days: 5\n"
                + "replications: 2\n"
                + "audience: {size: 100, network: {degree: 4}}\n"
                + "strategies: {a: {}}\n"
                + "sweep:\n"
                + "  vary:\n"
                + "    audience.size: [6, 100]\n"
                + "    audience.network.degree: [4, 8]\n");
    SweepPlan clash = SweepPlan.of(new ScenarioLoader().load(file));
    List<RunOutcome> outcomes = new ArrayList<>();
    new LocalExecutor(2).execute(clash, clash.tasks(), outcomes::add);
    assertThat(outcomes).hasSize(8);
    assertThat(outcomes.stream().filter(o -> !o.ok()).map(RunOutcome::point).distinct())
        .containsExactly(1);
    assertThat(outcomes.stream().filter(o -> !o.ok()).findFirst().orElseThrow().error())
        .startsWith(
            "ScenarioException: sweep point 1: audience.network.degree: 8 friends is not possible"
                + " among 6 people");
  }

  @Test
  void oneThreadDeliversInIdOrder() throws InterruptedException {
    List<Long> ids = new ArrayList<>();
    new LocalExecutor(1).execute(plan, plan.tasks(), o -> ids.add(o.runId()));
    assertThat(ids).isSorted().hasSize((int) plan.runCount());
  }
}
