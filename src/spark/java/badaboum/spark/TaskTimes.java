package badaboum.spark;

import java.util.Locale;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Where the time of a sweep's Spark tasks goes, summed from Spark's own task metrics as tasks end:
 * for the line the executor logs when a sweep ends (README: Sweeps on Spark, overhead).
 */
final class TaskTimes extends SparkListener {
  private long tasks;
  private long durationMs;
  private long runMs;
  private long deserializeMs;
  private long resultSerializeMs;
  private long gcMs;
  private long resultBytes;

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    tasks++;
    durationMs += end.taskInfo().duration();
    TaskMetrics metrics = end.taskMetrics();
    if (metrics != null) {
      runMs += metrics.executorRunTime();
      deserializeMs += metrics.executorDeserializeTime();
      resultSerializeMs += metrics.resultSerializationTime();
      gcMs += metrics.jvmGCTime();
      resultBytes += metrics.resultSize();
    }
  }

  synchronized long tasks() {
    return tasks;
  }

  /** The sums, in words. */
  synchronized String describe() {
    return String.format(
        Locale.ROOT,
        "%d tasks took %.1f s in all: running %.1f s (GC %.1f s), deserialising tasks %.2f s,"
            + " serialising results %.2f s, scheduling and sending the rest %.2f s; %.1f MB of"
            + " results",
        tasks,
        durationMs / 1e3,
        runMs / 1e3,
        gcMs / 1e3,
        deserializeMs / 1e3,
        resultSerializeMs / 1e3,
        Math.max(0, durationMs - runMs - deserializeMs - resultSerializeMs) / 1e3,
        resultBytes / 1e6);
  }
}
