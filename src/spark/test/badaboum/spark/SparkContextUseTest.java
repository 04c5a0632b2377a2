package badaboum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import badaboum.engine.Simulation;
import badaboum.result.RunOutcome;
import badaboum.scenario.ScenarioLoader;
import badaboum.sweep.ExecutorException;
import badaboum.sweep.LocalExecutor;
import badaboum.sweep.RunFunction;
import badaboum.sweep.SweepPlan;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/**
 * How the Spark executor gets its context and what it does when Spark cannot run the sweep: a
 * platform's running context is used and left running, a cluster with no executor stops the sweep
 * with a message, a context stopped under the sweep stops it with a message.
 */
class SparkContextUseTest {
  static final Path GRID = Path.of("src/test/resources/scenarios/sweep-tiny.yaml");

  final SweepPlan plan = SweepPlan.of(new ScenarioLoader().load(GRID));

  static JavaSparkContext platformContext() {
    return new JavaSparkContext(
        new SparkConf()
            .setMaster("local[2]")
            .setAppName("a platform's context")
            .set("spark.ui.enabled", "false"));
  }

  @Test
  void aRunningContextIsUsedAndLeftRunning() throws Exception {
    JavaSparkContext platform = platformContext();
    try {
      assertThat(SweepContext.running()).isTrue();
      SparkExecutor spark =
          new SparkExecutor(null, 7, SparkEngine.shippable(RunFunction.SIMULATION));
      assertThat(spark).hasToString("Spark (local[2])");
      List<RunOutcome> outcomes = new ArrayList<>();
      spark.execute(plan, plan.tasks(), outcomes::add);
      assertThat(platform.sc().isStopped()).isFalse();

      List<RunOutcome> local = new ArrayList<>();
      new LocalExecutor(2).execute(plan, plan.tasks(), local::add);
      assertThat(outcomes).hasSameSizeAs(local);
      assertThat(describe(outcomes)).isEqualTo(describe(local));

      assertThatThrownBy(
              () ->
                  new SparkExecutor("local[3]", 2, SparkEngine.shippable(RunFunction.SIMULATION))
                      .execute(plan, plan.tasks(), o -> {}))
          .isInstanceOf(ExecutorException.class)
          .hasMessage(
              "this JVM already runs a Spark context, on local[2], so --master local[3] cannot"
                  + " apply: drop --master (the sweep runs on the context it is given)");
      assertThat(platform.sc().isStopped()).isFalse();
    } finally {
      platform.stop();
    }
    assertThat(SweepContext.running()).isFalse();
  }

  @Test
  void aClusterWithNoExecutorStopsTheSweepAfterTheTimeout() {
    // a real standalone master in this JVM, with no worker: the application waits for executors
    SparkExecutor spark =
        new SparkExecutor(
                "local-cluster[0,1,1024]", 2, SparkEngine.shippable(RunFunction.SIMULATION))
            .set(ClusterJar.EXECUTOR_CLASS_PATH, System.getProperty("java.class.path"))
            .set(ExecutorWatch.TIMEOUT, "2s");
    List<RunOutcome> outcomes = new ArrayList<>();
    assertThatThrownBy(() -> spark.execute(plan, plan.tasks(), outcomes::add))
        .isInstanceOf(ExecutorException.class)
        .hasMessage(
            "no live Spark executor for 2 s (spark.badaboum.executorTimeout=2s):"
                + " local-cluster[0,1,1024] has nowhere to run this sweep's runs; its workers are"
                + " gone, or none offers the cores and memory asked for (spark.executor.cores,"
                + " spark.executor.memory); its web UI says which");
    assertThat(outcomes).isEmpty();
    assertThat(SweepContext.running()).as("the sweep's own context is stopped").isFalse();
  }

  @Test
  void aClusterMasterFromAClassesFolderIsRefusedBeforeSparkStarts() {
    SparkExecutor spark =
        new SparkExecutor(
            "spark://127.0.0.1:7077", 2, SparkEngine.shippable(RunFunction.SIMULATION));
    assertThatThrownBy(() -> spark.execute(plan, plan.tasks(), o -> {}))
        .isInstanceOf(ExecutorException.class)
        .hasMessageStartingWith("badaboum runs from the folder ")
        .hasMessageContaining("so the executors of spark://127.0.0.1:7077 could not load");
    assertThat(SweepContext.running()).isFalse();
  }

  static final CountDownLatch FIRST_RUN_DONE = new CountDownLatch(1);

  static final RunFunction SLOW =
      (RunFunction & Serializable)
          (task, spec) -> {
            FIRST_RUN_DONE.countDown();
            try {
              Thread.sleep(200);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return Simulation.run(spec);
          };

  @Test
  void aContextStoppedUnderTheSweepStopsItWithAMessage() throws Exception {
    JavaSparkContext platform = platformContext();
    CompletableFuture<Void> sweep;
    try {
      SparkExecutor spark = new SparkExecutor(null, 2, SLOW);
      sweep =
          CompletableFuture.runAsync(
              () -> {
                try {
                  spark.execute(plan, plan.tasks(), o -> {});
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      assertThat(FIRST_RUN_DONE.await(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      platform.stop();
    }
    assertThatThrownBy(() -> sweep.get(60, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(ExecutorException.class)
        .hasMessageStartingWith("Spark stopped ");
  }

  @Test
  void aTaskThatCouldNotReadItsFunctionBackSaysTheJarIsMissing() {
    String failure =
        "Job aborted due to stage failure: Task 0 in stage 0.0 failed 4 times, most recent"
            + " failure: Lost task 0.3 in stage 0.0 (TID 3) (127.0.0.1 executor 0):"
            + " java.lang.ClassCastException: cannot assign instance of"
            + " java.lang.invoke.SerializedLambda to field"
            + " org.apache.spark.rdd.MapPartitionsRDD.f of type scala.Function3 in instance of"
            + " org.apache.spark.rdd.MapPartitionsRDD\nDriver stacktrace:";
    assertThat(SparkExecutor.missingClasses(new IllegalStateException(failure)))
        .isEqualTo(
            "java.lang.ClassCastException: cannot assign instance of"
                + " java.lang.invoke.SerializedLambda to field"
                + " org.apache.spark.rdd.MapPartitionsRDD.f of type scala.Function3 in instance of"
                + " org.apache.spark.rdd.MapPartitionsRDD");
    assertThat(
            SparkExecutor.missingClasses(
                new IllegalStateException(
                    "Lost task 0.0 (TID 0) (h executor 1): java.lang.ClassNotFoundException:"
                        + " badaboum.spark.RunChunk")))
        .isEqualTo("java.lang.ClassNotFoundException: badaboum.spark.RunChunk");
    assertThat(
            SparkExecutor.missingClasses(
                new IllegalStateException("Lost task: java.lang.OutOfMemoryError: heap")))
        .isNull();
  }

  private static List<String> describe(List<RunOutcome> outcomes) {
    return outcomes.stream()
        .sorted((a, b) -> Long.compare(a.runId(), b.runId()))
        .map(o -> o.runId() + " " + o.status() + " " + Arrays.toString(o.result().focal().values()))
        .toList();
  }
}
