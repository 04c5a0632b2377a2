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
    return new SparkExecutor(master, threads, shippable(function));
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
