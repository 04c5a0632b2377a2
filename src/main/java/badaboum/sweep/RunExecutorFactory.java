package badaboum.sweep;

/**
 * An executor that a build may or may not hold, found at run time with {@link
 * java.util.ServiceLoader} (a {@code META-INF/services/badaboum.sweep.RunExecutorFactory} entry),
 * so that the default build needs none of its libraries: the Spark executor of {@code mvn -Pspark
 * package} is one.
 */
public interface RunExecutorFactory {

  /** The name {@code --engine} picks it by, e.g. {@code spark}. */
  String engine();

  /**
   * An executor, not yet started.
   *
   * @param master where to run, in the engine's terms (a Spark master URL); null for its default
   * @param threads the {@code -j} of the command line, for an engine that runs on this machine
   * @param function what each run does: {@link RunFunction#SIMULATION}, or a test's stand-in
   * @throws ExecutorException when it cannot run here (its libraries are missing), saying why
   */
  RunExecutor create(String master, int threads, RunFunction function);
}
