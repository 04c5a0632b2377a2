package badaboum.cli;

import badaboum.engine.MemoryEstimate;
import badaboum.language.Messages;
import badaboum.result.RunOutcome;
import badaboum.results.BrandColumns;
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

/**
 * {@code sweep --dry-run}: what a sweep would do, and what it would cost in time (one calibration
 * run), memory ({@link MemoryEstimate}) and disk ({@link OutputEstimate}); writes nothing.
 */
final class DryRun {
  /** Points whose scenario is built to find the one that needs the most memory. */
  private static final int POINTS_SIZED = 1_000;

  private final PrintWriter out;
  private final RunFunction function;
  private final Messages m;

  DryRun(PrintWriter out, RunFunction function, Messages messages) {
    this.out = out;
    this.function = function;
    this.m = messages;
  }

  int print(SweepPlan plan, SweepState state, int threads, boolean traces) {
    BitSet pending = (BitSet) state.toRun().clone();
    pending.or(state.toRecover());
    long runs = pending.cardinality();
    out.println(SweepConsole.shape(plan, m));
    if (runs == 0) {
      out.println(m.text("dry.nothingLeft"));
      return ExitCodes.OK;
    }
    if (runs < plan.runCount()) {
      out.println(
          m.format(
              "dry.left",
              m.count(runs),
              m.count(state.toRun().cardinality()),
              m.count(state.toRecover().cardinality())));
    }
    MemoryEstimate memory = memory(plan, threads);
    if (memory.peakBytes() > Runtime.getRuntime().maxMemory()) {
      out.println(m.text("dry.noCalibration"));
      out.println(m.text("dry.nothingWritten"));
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
      out.println(m.format("dry.calibrationFailed", first.runId(), sample.error()));
      return ExitCodes.FAILURE;
    }
    double perRun = Math.max(sample.elapsedMillis(), 1) / 1000.0;
    OutputEstimate size =
        OutputEstimate.of(
            plan.layout(),
            runs,
            state.dirtyCellCount(),
            sample,
            traces,
            BrandColumns.of(plan.base()));
    out.println(
        m.format(
            "dry.calibration",
            first.runId(),
            first.point(),
            first.arm(),
            first.replicate(),
            m.number(perRun, 3)));
    out.println(
        m.format(
            "dry.time",
            Progress.duration(runs * perRun / threads),
            m.format(threads == 1 ? "sweep.thread" : "sweep.threads", m.count(threads))));
    out.println(
        m.format(
            "dry.output",
            bytes(size.total()),
            bytes(size.runsBytes()),
            bytes(size.dailyBytes()),
            bytes(size.timingsBytes()),
            traces ? m.format("dry.output.traces", bytes(size.tracesBytes())) : ""));
    out.println(m.text("dry.nothingWritten"));
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
    out.println(
        m.format(
            "dry.memory",
            heapSize(most.peakBytes()),
            points > 1
                ? (sized < points
                    ? m.format("dry.memory.first", m.count(sized))
                    : m.text("dry.memory.all"))
                : "",
            m.count(threads),
            heapSize(most.peakBytes(threads)),
            heapSize(heap)));
    if (most.peakBytes(threads) > heap) {
      out.println(m.format("dry.memory.tooMuch", most.heapFor(threads)));
    }
    return most;
  }

  /** Memory as the engine's estimate rounds it (1.5 GB, or whole megabytes up), for a person. */
  private String heapSize(long bytes) {
    if (bytes >= 1L << 30) {
      return m.format("bytes.giga", m.number(bytes / (double) (1L << 30), 1));
    }
    return m.format("bytes.mega", m.count(Math.max(1, (bytes + (1 << 20) - 1) >> 20)));
  }

  /** A size for a person: 1.5 GB, 12 kB, 300 bytes (1,5 Go, 12 ko, 300 octets in French). */
  String bytes(long bytes) {
    if (bytes >= 1L << 30) {
      return m.format("bytes.giga", m.number(bytes / (double) (1L << 30), 1));
    }
    if (bytes >= 1L << 20) {
      return m.format("bytes.mega", m.number(bytes / (double) (1L << 20), 1));
    }
    if (bytes >= 1L << 10) {
      return m.format("bytes.kilo", m.number(bytes / (double) (1L << 10), 0));
    }
    return m.format("bytes.bytes", m.count(bytes));
  }
}
