package badaboum.cli;

import badaboum.language.Messages;
import badaboum.sweep.ExecutorException;
import badaboum.sweep.LocalExecutor;
import badaboum.sweep.RunExecutor;
import badaboum.sweep.RunExecutorFactory;
import badaboum.sweep.RunFunction;
import java.util.ServiceLoader;

/**
 * The executor {@code sweep --engine} asks for: {@code local} threads, or an engine that the build
 * may hold (Spark, with {@code mvn -Pspark package}), found with {@link ServiceLoader} so that this
 * package never names it.
 */
final class Engines {
  static final String LOCAL = "local";
  static final String SPARK = "spark";

  private Engines() {}

  /**
   * The executor of {@code engine}, not yet started.
   *
   * @throws UsageProblem for an unknown engine, a master without an engine that takes one, or an
   *     engine this build does not hold
   */
  static RunExecutor executor(String engine, String master, int threads, RunFunction function) {
    if (engine.equals(LOCAL)) {
      if (master != null) {
        throw new UsageProblem(
            "--master goes with --engine spark; the local engine runs on this machine's threads"
                + " (-j)");
      }
      return new LocalExecutor(threads, function);
    }
    for (RunExecutorFactory factory : ServiceLoader.load(RunExecutorFactory.class)) {
      if (factory.engine().equals(engine)) {
        try {
          return factory.create(master, threads, function);
        } catch (ExecutorException e) {
          throw new UsageProblem(e.getMessage());
        }
      }
    }
    if (engine.equals(SPARK)) {
      throw new UsageProblem(
          "this build has no Spark; build with mvn -Pspark package, then submit"
              + " target/badaboum-spark.jar with spark-submit, or run ./badaboum-spark for Spark's"
              + " local mode (README: Sweeps on Spark)");
    }
    throw new UsageProblem("unknown engine '" + engine + "'; use local or spark");
  }

  /** Where the sweep runs, for its messages: "2 threads", or what the executor says of itself. */
  static String where(String engine, RunExecutor executor, int threads, Messages m) {
    return engine.equals(LOCAL)
        ? m.format(threads == 1 ? "sweep.thread" : "sweep.threads", m.count(threads))
        : executor.toString();
  }
}
