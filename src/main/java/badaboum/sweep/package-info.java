/**
 * Experiments: a scenario's sweep section expanded into a {@link badaboum.sweep.SweepPlan} of runs
 * (points × replicates × arms, numbered by {@link badaboum.result.SweepLayout}), each with a seed
 * that depends only on the master seed and the replicate, and {@link badaboum.sweep.RunExecutor}s
 * that run them and hand each {@link badaboum.result.RunOutcome} to a {@link
 * badaboum.result.RunSink}, one at a time, as runs end.
 *
 * <p>A run's description ({@link badaboum.sweep.RunTask}) is a small serializable record, and a
 * plan can be rebuilt anywhere from the effective scenario's text, so that an executor on other
 * machines can be put behind the same interface; a {@link badaboum.sweep.RunExecutorFactory} found
 * at run time adds one that the default build does not hold (Spark, with {@code mvn -Pspark}).
 * Nothing here writes files: the sink does.
 *
 * <p>May import {@code engine}, {@code scenario}, {@code result} and the JDK; {@code sweep.design}
 * holds the designs as pure functions.
 */
package badaboum.sweep;
