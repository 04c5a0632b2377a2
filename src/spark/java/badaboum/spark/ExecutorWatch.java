package badaboum.spark;

import badaboum.sweep.ExecutorException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Stops a sweep that has had no live executor for {@code spark.badaboum.executorTimeout}, and says
 * while it waits. Spark itself waits silently for executors that may never come (every worker gone,
 * or none with the cores and memory the application asks for): the sweep would hang with its runs
 * in flight. The driver's loop calls {@link #check} as it waits for jobs.
 */
final class ExecutorWatch {
  static final String TIMEOUT = "spark.badaboum.executorTimeout";
  static final String DEFAULT_TIMEOUT = "5min";

  /** How often the executors are counted: Spark's status store is not free to ask. */
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  /** How often a line says that the sweep is waiting. */
  static final long REPORT_NANOS = TimeUnit.SECONDS.toNanos(15);

  private final IntSupplier liveExecutors;
  private final LongSupplier nanos;
  private final long timeoutNanos;
  private final String timeoutSetting;
  private final String master;
  private final Consumer<String> say;
  private long lastPoll;
  private boolean polled;
  private long noneSince;
  private boolean none;
  private long lastReport;

  /**
   * The watch over the executors of {@code sc}, with the timeout {@code conf} sets.
   *
   * @throws ExecutorException when the timeout is not a duration
   */
  static ExecutorWatch of(JavaSparkContext sc, SparkConf conf, Consumer<String> say) {
    return new ExecutorWatch(
        // the status tracker lists the driver too
        () -> Math.max(0, sc.sc().statusTracker().getExecutorInfos().length - 1),
        System::nanoTime,
        TimeUnit.MILLISECONDS.toNanos(timeoutMillis(conf)),
        conf.get(TIMEOUT, DEFAULT_TIMEOUT),
        sc.master(),
        say);
  }

  /**
   * The timeout that {@code conf} sets, in ms.
   *
   * @throws ExecutorException when it is not a duration
   */
  static long timeoutMillis(SparkConf conf) {
    String timeout = conf.get(TIMEOUT, DEFAULT_TIMEOUT);
    long millis;
    try {
      millis = conf.getTimeAsMs(TIMEOUT, DEFAULT_TIMEOUT);
    } catch (RuntimeException e) {
      millis = -1;
    }
    if (millis <= 0) {
      throw new ExecutorException(
          TIMEOUT
              + " is '"
              + timeout
              + "', not a positive duration: give one such as 90s, 5min or 1h");
    }
    return millis;
  }

  /**
   * @param liveExecutors how many executors are live now (not the driver)
   * @param nanos the clock
   * @param timeoutNanos how long to wait without any
   * @param timeoutSetting the setting's value as given, for the messages
   * @param master the master, for the messages
   * @param say where the lines that say the sweep is waiting go (a log)
   */
  ExecutorWatch(
      IntSupplier liveExecutors,
      LongSupplier nanos,
      long timeoutNanos,
      String timeoutSetting,
      String master,
      Consumer<String> say) {
    this.liveExecutors = liveExecutors;
    this.nanos = nanos;
    this.timeoutNanos = timeoutNanos;
    this.timeoutSetting = timeoutSetting;
    this.master = master;
    this.say = say;
  }

  /**
   * Counts the executors (every half second at most), says so every 15 s while there is none, and
   * stops the sweep when there has been none for the timeout.
   *
   * @param runsWaiting the runs in flight, for the messages
   * @throws ExecutorException when no executor has been live for the timeout
   */
  void check(long runsWaiting) {
    long now = nanos.getAsLong();
    if (polled && now - lastPoll < POLL_NANOS) {
      return;
    }
    polled = true;
    lastPoll = now;
    int live = liveExecutors.getAsInt();
    if (live > 0) {
      if (none && now - noneSince >= REPORT_NANOS) {
        say.accept(
            String.format(
                Locale.ROOT,
                "badaboum: %d Spark executor%s live after %d s without any; the sweep goes on",
                live,
                live == 1 ? "" : "s",
                seconds(now - noneSince)));
      }
      none = false;
      return;
    }
    if (!none) {
      none = true;
      noneSince = now;
      lastReport = now;
      return;
    }
    long waited = now - noneSince;
    if (waited >= timeoutNanos) {
      throw new ExecutorException(
          String.format(
              Locale.ROOT,
              "no live Spark executor for %d s (%s=%s): %s has nowhere to run this sweep's"
                  + " runs; its workers are gone, or none offers the cores and memory asked for"
                  + " (spark.executor.cores, spark.executor.memory); its web UI says which",
              seconds(waited),
              TIMEOUT,
              timeoutSetting,
              master));
    }
    if (now - lastReport >= REPORT_NANOS) {
      lastReport = now;
      say.accept(
          String.format(
              Locale.ROOT,
              "badaboum: no live Spark executor for %d s on %s; %,d runs wait; the sweep stops"
                  + " after %s without one (%s)",
              seconds(waited),
              master,
              runsWaiting,
              timeoutSetting,
              TIMEOUT));
    }
  }

  private static long seconds(long nanos) {
    return TimeUnit.NANOSECONDS.toSeconds(nanos);
  }
}
