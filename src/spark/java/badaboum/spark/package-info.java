/**
 * Sweeps on Apache Spark ({@code mvn -Pspark package}): {@link badaboum.spark.SparkExecutor} runs a
 * plan's tasks as Spark tasks, a few runs each, and hands their outcomes to the same sink as the
 * local executor, as they end, in bounded memory; {@link badaboum.spark.SparkEngine} is how the
 * command line finds it ({@link java.util.ServiceLoader}), so that the default build needs no
 * Spark.
 *
 * <p>A Spark task gets the effective scenario's text (broadcast once) and the ids of its runs,
 * rebuilds the plan there ({@link badaboum.sweep.SweepPlan#fromEffectiveYaml}), runs its runs with
 * the unchanged {@link badaboum.sweep.LocalExecutor} on one thread, and sends back each outcome as
 * bytes ({@link badaboum.spark.RunCodec}); the driver adds back what it knows of each run (point
 * values, recovery). So a run is the same function of the same inputs on Spark as on this machine,
 * and the results folder is the same bytes.
 *
 * <p>On a cluster: the executors get badaboum's jar ({@link badaboum.spark.ClusterJar}), a sweep
 * left with no executor stops with a message ({@link badaboum.spark.ExecutorWatch}), and a context
 * the JVM already runs (a managed platform's) is used and left running ({@link
 * badaboum.spark.SweepContext}). {@link badaboum.spark.SparkEngine} refuses a Spark or Scala the
 * jar was not built for.
 *
 * <p>Imports {@code sweep}, {@code engine}, {@code result}, {@code scenario}, the JDK, Spark and
 * Scala. Nothing but {@code cli} may import it, and {@code cli} does not: it finds it by name.
 */
package badaboum.spark;
