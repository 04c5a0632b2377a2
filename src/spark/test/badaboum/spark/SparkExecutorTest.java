package badaboum.spark;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.Simulation;
import badaboum.result.RunOutcome;
import badaboum.result.RunStatus;
import badaboum.scenario.ScenarioLoader;
import badaboum.sweep.LocalExecutor;
import badaboum.sweep.RunFunction;
import badaboum.sweep.SweepPlan;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The Spark executor in Spark's local mode, against the local executor. */
class SparkExecutorTest {
  static final Path GRID = Path.of("src/test/resources/scenarios/sweep-tiny.yaml");

  final SweepPlan plan = SweepPlan.of(new ScenarioLoader().load(GRID));

  /** Runs 3 and 10 throw; run 0 is slow and notes how far the others got meanwhile. */
  static final Set<Long> STARTED = new ConcurrentSkipListSet<>();

  static final AtomicLong FURTHEST_WHILE_ZERO_RAN = new AtomicLong(-1);

  static final RunFunction FAILING_AND_SLOW_FIRST =
      (RunFunction & Serializable)
          (task, spec) -> {
            STARTED.add(task.runId());
            if (task.runId() == 0) {
              try {
                Thread.sleep(1500);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              FURTHEST_WHILE_ZERO_RAN.set(
                  STARTED.stream().mapToLong(Long::longValue).max().orElse(0));
            }
            if (task.runId() == 3 || task.runId() == 10) {
              throw new IllegalStateException("boom in run " + task.runId());
            }
            return Simulation.run(spec);
          };

  @Test
  void outcomesAreTheLocalExecutorsAndDispatchStaysWithinAWindow() throws Exception {
    SparkExecutor spark =
        new SparkExecutor("local[2]", 2, FAILING_AND_SLOW_FIRST)
            .set(SparkExecutor.RUNS_PER_TASK, "1")
            .set(SparkExecutor.TASKS_IN_FLIGHT, "3");
    List<RunOutcome> remote = new ArrayList<>();
    Set<Thread> sinkThreads = ConcurrentHashMap.newKeySet();
    spark.execute(
        plan,
        plan.tasks(),
        o -> {
          sinkThreads.add(Thread.currentThread());
          remote.add(o);
        });

    assertThat(sinkThreads).containsExactly(Thread.currentThread());
    // window: 4 × 3 jobs in flight × 1 run each; nothing past it started while run 0 ran
    assertThat(FURTHEST_WHILE_ZERO_RAN.get()).isBetween(1L, 11L);
    assertThat(remote.stream().map(RunOutcome::runId).distinct()).hasSize((int) plan.runCount());

    STARTED.clear();
    List<RunOutcome> local = new ArrayList<>();
    new LocalExecutor(2, FAILING_AND_SLOW_FIRST).execute(plan, plan.tasks(), local::add);
    assertThat(describe(remote)).isEqualTo(describe(local));
    assertThat(remote.stream().filter(o -> !o.ok()).map(RunOutcome::error))
        .allMatch(e -> e.startsWith("IllegalStateException: boom in run "))
        .hasSize(2);
  }

  /** A run whose result cannot be sent (member tables) fails its task, as a dead executor would. */
  static final RunFunction LOSES_RUN_7 =
      (RunFunction & Serializable)
          (task, spec) -> Simulation.run(task.runId() == 7 ? spec.withMembers() : spec);

  @Test
  void aTaskSparkGaveUpOnMakesItsRunsFailedAndTheOthersGoOn() throws Exception {
    SparkExecutor spark =
        new SparkExecutor("local[2]", 2, LOSES_RUN_7).set(SparkExecutor.RUNS_PER_TASK, "4");
    List<RunOutcome> outcomes = new ArrayList<>();
    spark.execute(plan, plan.tasks(), outcomes::add);

    assertThat(outcomes).hasSize((int) plan.runCount());
    List<RunOutcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
    assertThat(failed).extracting(RunOutcome::runId).containsExactlyInAnyOrder(4L, 5L, 6L, 7L);
    assertThat(failed.get(0).error())
        .startsWith("Spark lost the task of runs 4 to 7: Job aborted due to stage failure")
        .contains("run 7 has member tables")
        .doesNotContain("\n");
    assertThat(failed.get(0).pointValues()).isEqualTo(plan.point(0).values());
    assertThat(failed.get(0).seed()).isEqualTo(plan.task(4, false).seed());
  }

  /** Clusters often set Kryo: the runs travel as ids and bytes, which any serializer carries. */
  @Test
  void kryoCarriesTheRunsToo() throws Exception {
    List<RunOutcome> kryo = new ArrayList<>();
    new SparkExecutor("local[2]", 2, SparkEngine.shippable(RunFunction.SIMULATION))
        .set("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .set("spark.kryo.registrationRequired", "true")
        .set("spark.kryo.classesToRegister", "[J,[B")
        .execute(plan, plan.tasks(), kryo::add);
    List<RunOutcome> local = new ArrayList<>();
    new LocalExecutor(2).execute(plan, plan.tasks(), local::add);
    assertThat(describe(kryo)).isEqualTo(describe(local));
  }

  private static List<String> describe(List<RunOutcome> outcomes) {
    return outcomes.stream()
        .sorted((a, b) -> Long.compare(a.runId(), b.runId()))
        .map(
            o ->
                o.runId()
                    + " "
                    + o.status()
                    + " "
                    + o.error()
                    + " "
                    + o.pointValues()
                    + " "
                    + o.seed()
                    + " "
                    + (o.status() == RunStatus.OK
                        ? Arrays.toString(o.result().focal().values())
                        : ""))
        .toList();
  }
}
