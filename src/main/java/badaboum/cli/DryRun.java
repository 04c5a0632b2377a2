package badaboum.cli;

import badaboum.engine.MemoryEstimate;
import badaboum.result.RunOutcome;
import badaboum.results.OutputEstimate;
import badaboum.results.SweepState;
import badaboum.scenario.Scenario;
import badaboum.sweep.LocalExecutor;
import badaboum.sweep.RunFunction;
import badaboum.sweep.RunTask;
import badaboum.sweep.SweepPlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * {@code sweep --dry-run}: what a sweep would do, and what it would cost in time (one calibration
 * run), memory ({@link MemoryEstimate}) and disk ({@link OutputEstimate}); writes nothing.
 */
final class DryRun {
  /** Points whose scenario is built to find the one that needs the most memory. */
  private static final int POINTS_SIZED = 1_000;

  private final PrintWriter out;
  private final RunFunction function;

  DryRun(PrintWriter out, RunFunction function) {
    this.out = out;
    this.function = function;
  }

  int print(SweepPlan plan, SweepState state, int threads, boolean traces) {
    BitSet pending = (BitSet) state.toRun().clone();
    pending.or(state.toRecover());
    long runs = pending.cardinality();
    out.printf(Locale.ROOT, "%s%n", SweepConsole.shape(plan));
    if (runs == 0) {
      out.println("nothing left to run");
      return ExitCodes.OK;
    }
    if (runs < plan.runCount()) {
      out.printf(
          Locale.ROOT,
          "left to run: %,d (%,d to record, %,d again to recover daily traces)%n",
          runs,
          state.toRun().cardinality(),
          state.toRecover().cardinality());
    }
    MemoryEstimate memory = memory(plan, threads);
    if (memory.peakBytes() > Runtime.getRuntime().maxMemory()) {
      out.println("no calibration run: one run would not fit in Java's heap here");
      out.println("dry run: nothing written");
      return ExitCodes.OK;
    }
    RunTask first = plan.task(pending.nextSetBit(0), false);
    List<RunOutcome> calibration = new ArrayList<>();
    try {
      new LocalExecutor(1, function).execute(plan, List.of(first).iterator(), calibration::add);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.FAILURE;
    }
    RunOutcome sample = calibration.get(0);
    if (!sample.ok()) {
      out.printf(Locale.ROOT, "the calibration run %d failed: %s%n", first.runId(), sample.error());
      return ExitCodes.FAILURE;
    }
    double perRun = Math.max(sample.elapsedMillis(), 1) / 1000.0;
    OutputEstimate size =
        OutputEstimate.of(plan.layout(), runs, state.dirtyCellCount(), sample, traces);
    out.printf(
        Locale.ROOT,
        "calibration: run %d (point %d, %s, replicate %d) took %.3f s; a JVM's first run is the"
            + " slowest, so the estimates err high%n",
        first.runId(),
        first.point(),
        first.arm(),
        first.replicate(),
        perRun);
    out.printf(
        Locale.ROOT,
        "estimated time: about %s on %d %s (runs × time per run ÷ threads; an estimate)%n",
        Progress.duration(runs * perRun / threads),
        threads,
        threads == 1 ? "thread" : "threads");
    out.printf(
        Locale.ROOT,
        "estimated output: about %s (runs.csv %s, daily.csv %s, timings.csv %s%s)%n",
        bytes(size.total()),
        bytes(size.runsBytes()),
        bytes(size.dailyBytes()),
        bytes(size.timingsBytes()),
        traces ? ", traces " + bytes(size.tracesBytes()) : "");
    out.println("dry run: nothing written");
    return ExitCodes.OK;
  }

  /** The heap a run needs at its peak, all threads' runs together, and Java's heap here. */
  private MemoryEstimate memory(SweepPlan plan, int threads) {
    MemoryEstimate most = MemoryEstimate.of(plan.base());
    int points = plan.layout().points();
    int sized = Math.min(points, POINTS_SIZED);
    for (int p = 0; p < sized && !plan.layout().variedPaths().isEmpty(); p++) {
      Scenario scenario;
      try {
        scenario = plan.scenario(p);
      } catch (RuntimeException e) {
        continue; // an invalid point fails its runs; it needs no memory
      }
      MemoryEstimate estimate = MemoryEstimate.of(scenario);
      if (estimate.peakBytes() > most.peakBytes()) {
        most = estimate;
      }
    }
    long heap = Runtime.getRuntime().maxMemory();
    out.printf(
        Locale.ROOT,
        "estimated memory: about %s a run at its peak%s; %d at once about %s, and Java's heap"
            + " here is %s%n",
        MemoryEstimate.format(most.peakBytes()),
        points > 1
            ? (sized < points
                ? " (the most of the first " + sized + " points)"
                : " (the" + " most of its points)")
            : "",
        threads,
        MemoryEstimate.format(most.peakBytes(threads)),
        MemoryEstimate.format(heap));
    if (most.peakBytes(threads) > heap) {
      out.printf(
          Locale.ROOT,
          "that is more than Java's heap: give it more, e.g. BADABOUM_JAVA_OPTS=%s, or use"
              + " fewer threads (-j)%n",
          most.heapFor(threads));
    }
    return most;
  }

  static String bytes(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
    if (bytes >= 1L << 10) {
      return String.format(Locale.ROOT, "%.0f kB", bytes / (double) (1L << 10));
    }
    return bytes + " bytes";
  }
}
