package badaboum.spark;

import badaboum.sweep.LocalExecutor;
import badaboum.sweep.RunFunction;
import badaboum.sweep.RunTask;
import badaboum.sweep.SweepPlan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;

/**
 * What a Spark task does, on an executor: rebuilds the sweep's plan from the effective scenario
 * (once per executor JVM and scenario), runs the runs whose ids it is given with a one-thread
 * {@link LocalExecutor} (so a run that throws becomes a failed outcome exactly as on this machine),
 * and returns their outcomes as {@link RunCodec} bytes, in id order.
 *
 * <p>It is serialized with the task: it holds the broadcast scenario text, the run count the
 * driver's plan has (a plan rebuilt differently on an executor is an error, not silent drift), the
 * run function and an accumulator of the time spent encoding.
 */
final class RunChunk implements FlatMapFunction<Iterator<long[]>, byte[]> {
  private static final long serialVersionUID = 1L;

  /** The plan last rebuilt in this JVM, and the text it was rebuilt from. */
  private static String cachedYaml;

  private static SweepPlan cachedPlan;

  private final Broadcast<String> effectiveYaml;
  private final long runCount;
  private final RunFunction function;
  private final LongAccumulator encodeNanos;

  RunChunk(
      Broadcast<String> effectiveYaml,
      long runCount,
      RunFunction function,
      LongAccumulator encodeNanos) {
    this.effectiveYaml = effectiveYaml;
    this.runCount = runCount;
    this.function = function;
    this.encodeNanos = encodeNanos;
  }

  @Override
  public Iterator<byte[]> call(Iterator<long[]> chunks) throws InterruptedException {
    SweepPlan plan = plan(effectiveYaml.value());
    if (plan.runCount() != runCount) {
      throw new IllegalStateException(
          "the effective scenario makes "
              + plan.runCount()
              + " runs on this executor but "
              + runCount
              + " on the driver; do the executors read the same data files?");
    }
    List<RunTask> tasks = new ArrayList<>();
    while (chunks.hasNext()) {
      for (long id : chunks.next()) {
        tasks.add(plan.task(id, false));
      }
    }
    List<byte[]> rows = new ArrayList<>(tasks.size());
    new LocalExecutor(1, function)
        .execute(
            plan,
            tasks.iterator(),
            outcome -> {
              long start = System.nanoTime();
              rows.add(RunCodec.encode(outcome));
              encodeNanos.add(System.nanoTime() - start);
            });
    return rows.iterator();
  }

  /** The plan of a scenario text, rebuilt once per executor JVM (tasks run there in turn). */
  static synchronized SweepPlan plan(String yaml) {
    if (!yaml.equals(cachedYaml)) {
      cachedPlan = SweepPlan.fromEffectiveYaml(yaml);
      cachedYaml = yaml;
    }
    return cachedPlan;
  }
}
