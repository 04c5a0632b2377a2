package badaboum.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The entry point of {@code target/badaboum-spark.jar} for {@code spark-submit} and for platforms
 * that run a jar's main class in their own driver: the badaboum command line, whose sweeps run on
 * Spark unless given {@code --engine local}.
 *
 * <p>It ends the JVM with the command's exit code only when the JVM is its own ({@code java},
 * {@code ./badaboum-spark}, spark-submit in client mode). In a JVM that already runs a Spark
 * context (a managed platform's driver) or as the driver of cluster deploy mode (where YARN counts
 * an application that exits the JVM itself as failed), it returns, or throws {@link Failed} for a
 * non-zero code, which the platform then reports as the application's failure.
 */
public final class SparkMain {
  /** The system property that {@code sweep --engine} defaults to. */
  static final String ENGINE_PROPERTY = "badaboum.engine";

  private SparkMain() {}

  public static void main(String[] args) {
    boolean hosted = sparkContextRunning() || ClusterPaths.clusterDeployMode();
    int code = execute(Main.commandLine(), args);
    Interruptions.release(); // after Ctrl-C, everything is said: the JVM may end
    if (!hosted) {
      System.exit(code);
    }
    if (code != ExitCodes.OK) {
      throw new Failed(code);
    }
  }

  /**
   * Runs a command line with {@code --engine spark} as the sweep's default, refusing relative paths
   * on a driver in cluster deploy mode, and returns its exit code.
   */
  static int execute(CommandLine cl, String... args) {
    String previous = System.getProperty(ENGINE_PROPERTY);
    System.setProperty(ENGINE_PROPERTY, Engines.SPARK);
    try {
      if (ClusterPaths.driverOnClusterNode()) {
        String problem = ClusterPaths.problem(args);
        if (problem != null) {
          PrintWriter err = cl.getErr();
          err.println("badaboum: " + problem);
          err.flush();
          return ExitCodes.USAGE;
        }
      }
      return cl.execute(args);
    } finally {
      // a platform's JVM goes on after the command: leave its properties as they were
      if (previous == null) {
        System.clearProperty(ENGINE_PROPERTY);
      } else {
        System.setProperty(ENGINE_PROPERTY, previous);
      }
    }
  }

  /**
   * Whether this JVM already runs a Spark context, as a managed platform's driver does (Spark sets
   * its driver's environment while a context runs). Asked by name: this package never links Spark,
   * so that the jar without Spark still says what to do.
   */
  static boolean sparkContextRunning() {
    try {
      Class<?> env =
          Class.forName("org.apache.spark.SparkEnv", true, SparkMain.class.getClassLoader());
      return env.getMethod("get").invoke(null) != null;
    } catch (ReflectiveOperationException | LinkageError e) {
      return false;
    }
  }

  /**
   * A command that ended with a non-zero exit code in a JVM that is not badaboum's to end: the
   * platform reports it as the application's failure. Its lines on stderr say why; no stack trace.
   */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The command's exit code. */
    final int code;

    Failed(int code) {
      super(
          "badaboum ended with exit code "
              + code
              + " (1 failure, 2 usage, 3 invalid scenario); the lines it wrote before say why",
          null,
          false,
          false);
      this.code = code;
    }
  }
}
