package badaboum.decide;

import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.result.RunResult;
import badaboum.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs replicates of one arm of a scenario in parallel and returns them in replicate order, so the
 * answer does not depend on the number of threads. Replicate {@code r} is seeded from the
 * scenario's master seed and {@code r} only ({@link RunSpec#of}): two scenarios that differ by a
 * knob see the same people, network and draws (common random numbers), as the points of a sweep do.
 */
public final class Simulator implements AutoCloseable {
  private final ExecutorService pool;
  private final int threads;

  public Simulator(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread, got " + threads);
    }
    this.threads = threads;
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "badaboum-decide");
              t.setDaemon(true);
              return t;
            });
  }

  public int threads() {
    return threads;
  }

  /**
   * Replicates {@code first} to {@code first + count − 1} of {@code arm}.
   *
   * @throws RunFailed when a run throws (with the replicate and the cause)
   */
  public List<RunResult> run(Scenario scenario, String arm, int first, int count) {
    List<Future<RunResult>> futures = new ArrayList<>(count);
    for (int r = first; r < first + count; r++) {
      RunSpec spec = RunSpec.of(scenario, arm, r);
      futures.add(pool.submit(() -> Simulation.run(spec)));
    }
    List<RunResult> results = new ArrayList<>(count);
    for (int i = 0; i < futures.size(); i++) {
      try {
        results.add(futures.get(i).get());
      } catch (ExecutionException e) {
        futures.forEach(f -> f.cancel(false));
        throw new RunFailed(first + i, e.getCause());
      } catch (InterruptedException e) {
        futures.forEach(f -> f.cancel(true));
        Thread.currentThread().interrupt();
        throw new RunFailed(first + i, e);
      }
    }
    return results;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** A run that threw: which replicate, and why. */
  public static final class RunFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int replicate;

    RunFailed(int replicate, Throwable cause) {
      super(
          "replicate "
              + replicate
              + " failed: "
              + cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
          cause);
      this.replicate = replicate;
    }

    public int replicate() {
      return replicate;
    }
  }
}
