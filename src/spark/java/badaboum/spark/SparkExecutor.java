package badaboum.spark;

import badaboum.result.RunOutcome;
import badaboum.result.RunSink;
import badaboum.result.RunStatus;
import badaboum.sweep.ExecutorException;
import badaboum.sweep.RunExecutor;
import badaboum.sweep.RunFunction;
import badaboum.sweep.RunTask;
import badaboum.sweep.SweepPlan;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a sweep on Spark: the driver (this JVM) takes the tasks in run id order, groups them into
 * chunks of a few consecutive runs, submits each chunk as a one-task Spark job, and hands the
 * outcomes of each finished job to the sink, on this thread, as jobs end.
 *
 * <p>Memory stays bounded on the driver as with {@link badaboum.sweep.LocalExecutor}: at most
 * {@code spark.badaboum.tasksInFlight} jobs (default: twice Spark's parallelism, read again as
 * executors join) are in flight, and none is submitted past a window of run ids after the oldest
 * one still running, so the sink's open (point, arm) cells span a few cells whatever the number of
 * runs; a finished job's outcomes are decoded and handed on one by one, never collected all.
 *
 * <p>A run that throws is a failed outcome, as locally (the task runs it with the local executor).
 * A task that Spark loses after its retries (its executor died) makes its runs failed outcomes
 * saying so, and the others go on; {@code --retry-failed} runs them again. Spark stopping (the
 * context shut down, the job cancelled) stops the sweep with an {@link ExecutorException}: what was
 * recorded is kept for {@code --resume}.
 *
 * <p>A cluster with no live executor for {@code spark.badaboum.executorTimeout} stops the sweep
 * ({@link ExecutorWatch}); so does a first task whose executor cannot load badaboum's classes,
 * since every other task would fail the same way. The context is the one this JVM runs, if any (a
 * managed platform's, left running), else one made for the sweep ({@link SweepContext}), which
 * ships badaboum's jar to a cluster's executors ({@link ClusterJar}).
 *
 * <p>Settings (Spark configuration, e.g. {@code spark-submit --conf}): {@code
 * spark.badaboum.runsPerTask} (default: runs ÷ (8 × parallelism), 1 to 16), {@code
 * spark.badaboum.tasksInFlight} and {@code spark.badaboum.executorTimeout} (default 5min).
 */
public final class SparkExecutor implements RunExecutor {
  static final String RUNS_PER_TASK = "spark.badaboum.runsPerTask";
  static final String TASKS_IN_FLIGHT = "spark.badaboum.tasksInFlight";
  private static final int MAX_AUTO_RUNS_PER_TASK = 16;
  private static final Logger LOG = LoggerFactory.getLogger(SparkExecutor.class);

  private final String requestedMaster;
  private final String master;
  private final RunFunction function;
  private final Map<String, String> settings = new LinkedHashMap<>();

  /**
   * An executor on {@code master}; without one, on the context this JVM already runs (a managed
   * platform's), or the master spark-submit gives, or else {@code local[threads]}. No context is
   * started until {@link #execute}.
   */
  SparkExecutor(String master, int threads, RunFunction function) {
    String running = SweepContext.runningMaster();
    String submitted = System.getProperty("spark.master"); // spark-submit sets it
    this.requestedMaster = master;
    this.master =
        master != null
            ? master
            : running != null ? running : submitted != null ? submitted : "local[" + threads + "]";
    this.function = function;
  }

  /** Sets a Spark setting, over what spark-submit gives (tests set the chunks this way). */
  SparkExecutor set(String key, String value) {
    settings.put(key, value);
    return this;
  }

  @Override
  public String toString() {
    return "Spark (" + master + ")";
  }

  /**
   * A new context's settings: spark-submit's (system properties), then ours, and this jar in {@code
   * spark.jars} for a cluster's executors.
   */
  private SparkConf newConf() {
    SparkConf conf = new SparkConf().setMaster(master);
    conf.setIfMissing("spark.app.name", "badaboum sweep");
    if (ClusterJar.inProcess(master)) {
      conf.setIfMissing("spark.ui.enabled", "false"); // a few hundred ms, and a port, saved
    }
    settings.forEach(conf::set);
    Path shipped = ClusterJar.ship(conf, master, ClusterJar.ownLocation());
    if (shipped != null) {
      LOG.info("badaboum: the executors load badaboum from {} ({})", shipped, ClusterJar.JARS);
    }
    return conf;
  }

  @Override
  public void execute(SweepPlan plan, Iterator<RunTask> tasks, RunSink sink)
      throws InterruptedException {
    long start = System.nanoTime();
    SweepContext context = SweepContext.open(requestedMaster, this::newConf, settings);
    double contextSeconds = (System.nanoTime() - start) / 1e9;
    TaskTimes times = new TaskTimes();
    context.sc().sc().addSparkListener(times);
    Driver driver = null;
    try {
      driver = new Driver(context, plan, sink);
      driver.run(tasks);
    } catch (IllegalStateException e) { // "Cannot call methods on a stopped SparkContext"
      throw context.sc().sc().isStopped() ? stopped(driver == null ? 0 : driver.runs, e) : e;
    } finally {
      if (driver != null) {
        driver.cancelAll();
      }
      long stop = System.nanoTime();
      if (!context.ours()) {
        context.sc().sc().removeSparkListener(times);
      }
      context.release(); // stopping also waits for the listener to see every task end
      if (driver != null) {
        LOG.info(
            String.format(
                Locale.ROOT,
                "badaboum on %s: %s; %,d runs in chunks of up to %d; %s; encoding results %.2f s;"
                    + " on the driver, decoding %.2f s and writing %.2f s; %.1f s in all",
                this,
                context.ours()
                    ? String.format(
                        Locale.ROOT,
                        "context started in %.1f s and stopped in %.1f s",
                        contextSeconds,
                        (System.nanoTime() - stop) / 1e9)
                    : "the context this JVM runs, left running",
                driver.runs,
                driver.runsPerTask,
                times.describe(),
                driver.encodeNanos.value() / 1e9,
                driver.decodeNanos / 1e9,
                driver.sinkNanos / 1e9,
                (System.nanoTime() - start) / 1e9));
      }
    }
  }

  /** One sweep's loop on the driver. */
  private final class Driver {
    private final JavaSparkContext sc;
    private final SparkConf conf;
    private final SweepPlan plan;
    private final RunSink sink;
    private final Broadcast<String> effectiveYaml;
    private final LongAccumulator encodeNanos;
    private final RunChunk chunkFunction;
    private final int runsPerTask;
    private final ExecutorWatch watch;
    private final Deque<Chunk> inFlight = new ArrayDeque<>();
    private long runsInFlight;
    private long runs;
    private long decodeNanos;
    private long sinkNanos;

    Driver(SweepContext context, SweepPlan plan, RunSink sink) {
      this.sc = context.sc();
      this.conf = context.conf();
      this.plan = plan;
      this.sink = sink;
      this.watch = ClusterJar.inProcess(sc.master()) ? null : ExecutorWatch.of(sc, conf, LOG::warn);
      this.effectiveYaml = sc.broadcast(plan.effectiveYaml());
      this.encodeNanos = sc.sc().longAccumulator("badaboum encoding ns");
      this.chunkFunction = new RunChunk(effectiveYaml, plan.runCount(), function, encodeNanos);
      int configured = conf.getInt(RUNS_PER_TASK, 0);
      this.runsPerTask =
          configured > 0
              ? configured
              : (int)
                  Math.max(
                      1,
                      Math.min(
                          MAX_AUTO_RUNS_PER_TASK,
                          plan.runCount() / (8L * sc.defaultParallelism())));
    }

    /** Jobs in flight at most: read again each time, as executors join. */
    private int tasksInFlight() {
      int configured = conf.getInt(TASKS_IN_FLIGHT, 0);
      return configured > 0 ? configured : 2 * sc.defaultParallelism();
    }

    void run(Iterator<RunTask> tasks) throws InterruptedException {
      RunTask next = tasks.hasNext() ? tasks.next() : null;
      while (next != null || !inFlight.isEmpty()) {
        if (sc.sc().isStopped()) {
          throw stopped(runs, null);
        }
        next = submitWhileRoom(next, tasks);
        if (!deliverFinished()) {
          if (watch != null) {
            watch.check(runsInFlight);
          }
          awaitOldest();
        }
      }
    }

    /** Submits chunks while the slots and the window allow; returns the next task not sent. */
    private RunTask submitWhileRoom(RunTask first, Iterator<RunTask> tasks) {
      RunTask next = first;
      int slots = tasksInFlight();
      long window = 4L * slots * runsPerTask;
      while (next != null
          && inFlight.size() < slots
          && (inFlight.isEmpty() || next.runId() - inFlight.peekFirst().firstId() < window)) {
        List<RunTask> chunk = new ArrayList<>(runsPerTask);
        while (next != null && chunk.size() < runsPerTask) {
          chunk.add(next);
          next = tasks.hasNext() ? tasks.next() : null;
        }
        inFlight.addLast(submit(chunk));
        runsInFlight += chunk.size();
      }
      return next;
    }

    private Chunk submit(List<RunTask> tasks) {
      long[] ids = new long[tasks.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = tasks.get(i).runId();
      }
      sc.setJobDescription(
          "badaboum runs " + ids[0] + (ids.length > 1 ? " to " + ids[ids.length - 1] : ""));
      JavaFutureAction<List<byte[]>> future =
          sc.parallelize(List.of(ids), 1).mapPartitions(chunkFunction).collectAsync();
      return new Chunk(tasks, future);
    }

    /** Hands on the outcomes of every finished job; false when none had finished. */
    private boolean deliverFinished() {
      boolean any = false;
      for (Iterator<Chunk> it = inFlight.iterator(); it.hasNext(); ) {
        Chunk chunk = it.next();
        if (chunk.future.isDone()) {
          it.remove();
          runsInFlight -= chunk.tasks.size();
          deliver(chunk);
          any = true;
        }
      }
      return any;
    }

    private void awaitOldest() throws InterruptedException {
      try {
        inFlight.peekFirst().future.get(20, TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException e) {
        // not done yet, or failed: deliverFinished sees it next
      }
    }

    private void deliver(Chunk chunk) {
      List<byte[]> rows;
      try {
        rows = chunk.future.get();
      } catch (ExecutionException e) {
        lost(chunk, e.getCause());
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ExecutorException("interrupted while taking a finished job's results", e);
      }
      if (rows.size() != chunk.tasks.size()) {
        throw new IllegalStateException(
            "Spark sent back " + rows.size() + " runs for " + chunk.tasks.size());
      }
      for (int i = 0; i < rows.size(); i++) {
        RunTask task = chunk.tasks.get(i);
        long decodeStart = System.nanoTime();
        RunOutcome outcome = RunCodec.decode(rows.get(i), task, plan.point(task.point()).values());
        long sinkStart = System.nanoTime();
        decodeNanos += sinkStart - decodeStart;
        sink.accept(outcome);
        sinkNanos += System.nanoTime() - sinkStart;
        runs++;
      }
    }

    /**
     * A job that did not come back: its runs are failed outcomes when Spark gave up on its task,
     * and the sweep stops when Spark itself stopped.
     */
    private void lost(Chunk chunk, Throwable cause) {
      boolean taskFailed =
          cause instanceof SparkException
              && String.valueOf(cause.getMessage()).startsWith("Job aborted due to stage failure");
      String missing = taskFailed ? missingClasses(cause) : null;
      if (missing != null) {
        throw new ExecutorException(
            "the executors cannot load badaboum's classes ("
                + missing
                + "): spark.jars must name target/badaboum-spark.jar, as spark-submit and"
                + " ./badaboum-spark do; on a platform that provides the Spark context, install"
                + " the jar on the cluster as a library (README: Sweeps on Spark)",
            cause);
      }
      boolean recovering = chunk.tasks.stream().anyMatch(RunTask::recovery);
      if (!taskFailed || recovering) {
        throw new ExecutorException(
            "Spark stopped the sweep at runs "
                + chunk.tasks.get(0).runId()
                + " to "
                + chunk.tasks.get(chunk.tasks.size() - 1).runId()
                + ": "
                + oneLine(cause),
            cause);
      }
      String error =
          "Spark lost the task of runs "
              + chunk.tasks.get(0).runId()
              + " to "
              + chunk.tasks.get(chunk.tasks.size() - 1).runId()
              + ": "
              + oneLine(cause);
      for (RunTask task : chunk.tasks) {
        sink.accept(
            new RunOutcome(
                task.runId(),
                task.point(),
                plan.point(task.point()).values(),
                task.arm(),
                task.replicate(),
                task.seed(),
                RunStatus.FAILED,
                error,
                null,
                0,
                false));
        runs++;
      }
    }

    /** Cancels the jobs still in flight (the sweep stopped early). */
    void cancelAll() {
      if (!sc.sc().isStopped()) {
        for (Chunk chunk : inFlight) {
          chunk.future.cancel(true);
        }
      }
      inFlight.clear();
      runsInFlight = 0;
    }
  }

  /** A job in flight: its runs, in id order, and its results to come. */
  private record Chunk(List<RunTask> tasks, JavaFutureAction<List<byte[]>> future) {
    long firstId() {
      return tasks.get(0).runId();
    }
  }

  /** The sweep cannot go on: Spark stopped the context under it, after {@code runs} runs. */
  private static ExecutorException stopped(long runs, Throwable cause) {
    return new ExecutorException(
        "Spark stopped this application after "
            + runs
            + " of this session's runs (its cluster manager ended it, e.g. because its executors"
            + " could not start, or its context was shut down): Spark's log above says why",
        cause);
  }

  /** The signs of an executor without badaboum's jar in a task's failure. */
  private static final List<String> MISSING_CLASSES =
      List.of(
          "java.lang.invoke.SerializedLambda",
          "ClassNotFoundException: badaboum.",
          "NoClassDefFoundError: badaboum/");

  /**
   * The line of a task's failure that says its executor lacks badaboum's classes, or null: the
   * task's function could not be read back there, so every task would fail the same way.
   */
  static String missingClasses(Throwable failure) {
    String message = String.valueOf(failure.getMessage());
    for (String line : message.lines().toList()) {
      for (String sign : MISSING_CLASSES) {
        int at = line.indexOf(sign);
        if (at >= 0) {
          int from = line.lastIndexOf("): ", at); // after Spark's "(host executor N): "
          return oneLine(new IllegalStateException(from < 0 ? line : line.substring(from + 3)));
        }
      }
    }
    return null;
  }

  /** The first line of what was thrown, for a CSV cell or a message: at most 400 characters. */
  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = message.strip().lines().findFirst().orElse("").strip();
    return line.length() > 400 ? line.substring(0, 400) + "..." : line;
  }
}
