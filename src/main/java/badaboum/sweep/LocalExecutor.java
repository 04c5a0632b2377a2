package badaboum.sweep;

import badaboum.engine.RunSpec;
import badaboum.result.RunOutcome;
import badaboum.result.RunResult;
import badaboum.result.RunSink;
import badaboum.result.RunStatus;
import java.util.Iterator;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a sweep on this machine's threads. The calling thread dispatches tasks in run id order and
 * hands outcomes to the sink as they end; workers only run simulations.
 *
 * <p>A run that throws becomes a failed outcome, except when Java runs out of memory: that is no
 * fault of the run, every run would fail alike, so it stops the sweep ({@link #execute} throws it).
 *
 * <p>Memory stays bounded whatever the number of runs: a task is dispatched only while its id is
 * less than {@link #window()} ids past the oldest run still in flight, so outcomes and the sink's
 * open (point, arm) cells span a few cells at most, never the whole sweep.
 */
public final class LocalExecutor implements RunExecutor {
  private final int threads;
  private final RunFunction function;

  /** Runs the simulation on {@code threads} threads. */
  public LocalExecutor(int threads) {
    this(threads, RunFunction.SIMULATION);
  }

  /** Runs {@code function} instead of the simulation (tests inject failures this way). */
  public LocalExecutor(int threads, RunFunction function) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.function = function;
  }

  public int threads() {
    return threads;
  }

  /** How far past the oldest run in flight dispatch may go, in run ids. */
  public int window() {
    return Math.max(16, threads * 8);
  }

  @Override
  public void execute(SweepPlan plan, Iterator<RunTask> tasks, RunSink sink)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
    try {
      CompletionService<RunOutcome> done = new ExecutorCompletionService<>(pool);
      PriorityQueue<Long> inFlight = new PriorityQueue<>();
      RunTask next = tasks.hasNext() ? tasks.next() : null;
      while (next != null || !inFlight.isEmpty()) {
        while (next != null && (inFlight.isEmpty() || next.runId() - inFlight.peek() < window())) {
          RunTask task = next;
          Map<String, Object> values = plan.point(task.point()).values();
          RunSpec spec;
          try {
            spec = plan.spec(task);
          } catch (RuntimeException e) {
            // the point's values do not make a valid scenario: its runs fail, the others go on
            String error = Failures.describe(e);
            done.submit(() -> failed(task, values, error, 0));
            inFlight.add(task.runId());
            next = tasks.hasNext() ? tasks.next() : null;
            continue;
          }
          done.submit(() -> run(task, values, spec));
          inFlight.add(task.runId());
          next = tasks.hasNext() ? tasks.next() : null;
        }
        RunOutcome outcome = take(done);
        inFlight.remove(outcome.runId());
        sink.accept(outcome);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private RunOutcome run(RunTask task, Map<String, Object> values, RunSpec spec) {
    long start = System.nanoTime();
    try {
      RunResult result = function.run(task, spec);
      long elapsed = (System.nanoTime() - start) / 1_000_000;
      String problem = Failures.nonFinite(result);
      if (problem != null) {
        return failed(task, values, problem, elapsed);
      }
      return new RunOutcome(
          task.runId(),
          task.point(),
          values,
          task.arm(),
          task.replicate(),
          task.seed(),
          RunStatus.OK,
          null,
          result,
          elapsed,
          task.recovery());
    } catch (OutOfMemoryError e) {
      throw e; // not the run's fault, and every run would fail the same: the sweep stops
    } catch (Exception | Error e) {
      // one failing run must not spoil the sweep: it becomes a failed row, with its seed
      return failed(task, values, Failures.describe(e), (System.nanoTime() - start) / 1_000_000);
    }
  }

  private static RunOutcome failed(
      RunTask task, Map<String, Object> values, String error, long elapsed) {
    return new RunOutcome(
        task.runId(),
        task.point(),
        values,
        task.arm(),
        task.replicate(),
        task.seed(),
        RunStatus.FAILED,
        error,
        null,
        elapsed,
        task.recovery());
  }

  private static RunOutcome take(CompletionService<RunOutcome> done) throws InterruptedException {
    try {
      return done.take().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof OutOfMemoryError memory) {
        throw memory;
      }
      // run() catches everything else a run throws; this is a bug in the executor itself
      throw new IllegalStateException("a worker failed outside its run", e.getCause());
    }
  }

  /** Daemon worker threads with readable names. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread thread = new Thread(r, "badaboum-run-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
