package badaboum.spark;

import badaboum.sweep.ExecutorException;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context a sweep runs on: the one this JVM already has (a managed platform's, or a
 * notebook's), used as it is and left running, or else one made for the sweep and stopped after it.
 *
 * @param sc the context
 * @param conf its settings, with the sweep's own over them (tests set {@code spark.badaboum.*})
 * @param ours whether the sweep made it, so stops it
 */
record SweepContext(JavaSparkContext sc, SparkConf conf, boolean ours) {

  /** Whether this JVM has a running Spark context (a driver's environment is set while it runs). */
  static boolean running() {
    return SparkEnv.get() != null;
  }

  /**
   * The running context, or a new one from {@code conf}.
   *
   * @param requestedMaster the {@code --master} given, or null
   * @param newConf the settings of a new context, asked for only when none runs
   * @param settings the sweep's own settings, over the context's
   * @throws ExecutorException when a context runs on another master than {@code --master} asks for,
   *     or Spark does not start
   */
  static SweepContext open(
      String requestedMaster, Supplier<SparkConf> newConf, Map<String, String> settings) {
    if (running()) {
      SparkContext existing = SparkContext.getOrCreate();
      if (requestedMaster != null && !requestedMaster.equals(existing.master())) {
        throw new ExecutorException(
            "this JVM already runs a Spark context, on "
                + existing.master()
                + ", so --master "
                + requestedMaster
                + " cannot apply: drop --master (the sweep runs on the context it is given)");
      }
      SparkConf merged = existing.getConf();
      settings.forEach(merged::set);
      return new SweepContext(JavaSparkContext.fromSparkContext(existing), merged, false);
    }
    SparkConf conf = newConf.get();
    try {
      return new SweepContext(new JavaSparkContext(conf), conf, true);
    } catch (Exception e) { // SparkException too, which Java sees as checked
      throw new ExecutorException(
          "Spark did not start on master "
              + conf.get("spark.master", "?")
              + ": "
              + SparkExecutor.oneLine(e),
          e);
    }
  }

  /** The master of the running context, or null when none runs. */
  static String runningMaster() {
    return running() ? SparkContext.getOrCreate().master() : null;
  }

  /** Stops the context if the sweep made it; a platform's context is left running. */
  void release() {
    if (ours) {
      sc.stop();
    }
  }
}
