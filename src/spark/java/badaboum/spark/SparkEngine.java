package badaboum.spark;

import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.result.RunResult;
import badaboum.sweep.ExecutorException;
import badaboum.sweep.RunExecutor;
import badaboum.sweep.RunExecutorFactory;
import badaboum.sweep.RunFunction;
import badaboum.sweep.RunTask;
import java.io.Serializable;
import org.slf4j.LoggerFactory;

/**
 * {@code --engine spark}, found by {@link java.util.ServiceLoader}. It checks that Spark is on the
 * classpath before anything touches a Spark class, so that the jar run without Spark says so.
 */
public final class SparkEngine implements RunExecutorFactory {

  @Override
  public String engine() {
    return "spark";
  }

  @Override
  public RunExecutor create(String master, int threads, RunFunction function) {
    try {
      Class.forName("org.apache.spark.SparkContext", false, SparkEngine.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new ExecutorException(
          "Spark is not on the classpath: submit target/badaboum-spark.jar with spark-submit"
              + " (Spark 4.0), or run ./badaboum-spark for Spark's local mode (README: Sweeps on"
              + " Spark)");
    }
    requireSupported(
        org.apache.spark.package$.MODULE$.SPARK_VERSION(),
        scala.util.Properties$.MODULE$.versionNumberString());
    return new SparkExecutor(master, threads, shippable(function));
  }

  /** The Spark and Scala of the {@code -Pspark} build (spark-core_2.13, 4.0.x). */
  static final String BUILT_FOR_SPARK = "4.0";

  static final String BUILT_FOR_SCALA = "2.13";

  /**
   * Refuses a Spark or Scala that this jar cannot run on, before a Spark class of the wrong version
   * fails deep inside a sweep (on Spark 3.5 the YAML reader fails first, on Jackson's older
   * version; on Scala 2.12 Spark's own classes do not match); warns on a newer Spark 4.
   *
   * @throws ExecutorException for Spark before 4 or Scala other than 2.13
   */
  static void requireSupported(String spark, String scala) {
    if (!scala.startsWith(BUILT_FOR_SCALA + ".") || !spark.startsWith("4.")) {
      throw new ExecutorException(
          "badaboum-spark.jar is built for Spark "
              + BUILT_FOR_SPARK
              + " with Scala "
              + BUILT_FOR_SCALA
              + ", and this JVM has Spark "
              + spark
              + " with Scala "
              + scala
              + ": run it on a Spark 4.0 runtime (Scala 2.13), or use ./badaboum sweep on one"
              + " machine (README: Sweeps on Spark)");
    }
    if (!spark.startsWith(BUILT_FOR_SPARK + ".")) {
      // a logger only now: without Spark, the jar has no SLF4J, and this class must still load
      LoggerFactory.getLogger(SparkEngine.class)
          .warn(
              "badaboum: badaboum-spark.jar is built and tested for Spark {}; this is Spark {}",
              BUILT_FOR_SPARK,
              spark);
    }
  }

  /** The function as Spark can send it to its executors. */
  static RunFunction shippable(RunFunction function) {
    if (function == RunFunction.SIMULATION) {
      return new SimulationRun();
    }
    if (!(function instanceof Serializable)) {
      throw new IllegalArgumentException(
          "a run function for Spark must be Serializable, e.g. (RunFunction & Serializable) (task,"
              + " spec) -> ...");
    }
    return function;
  }

  /** {@link RunFunction#SIMULATION}, serializable. */
  private static final class SimulationRun implements RunFunction, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public RunResult run(RunTask task, RunSpec spec) {
      return Simulation.run(spec);
    }
  }
}
