package badaboum.report;

import badaboum.analysis.DailyAggregate;
import badaboum.analysis.DailyAggregator;
import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.result.RunOutcome;
import badaboum.result.RunResult;
import badaboum.result.RunSink;
import badaboum.result.SweepLayout;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a sweep's results as its runs end, in bounded memory: the sink its executor hands runs to.
 *
 * <ul>
 *   <li>runs.csv ({@link RunsCsv}): a row appended and flushed as each run ends, in the order runs
 *       end; it is the resume journal. {@link #finish} rewrites it sorted by run id.
 *   <li>timings.csv: {@code run_id,elapsed_ms}, appended likewise (wall-clock time is kept out of
 *       runs.csv so that runs.csv does not depend on the machine or the thread count).
 *   <li>daily.csv ({@link DailyCsv}): a (point, arm) cell is aggregated as its replicates arrive
 *       and written, all its brands and days at once, when complete and when every earlier cell is
 *       written, so the file's order and bytes do not depend on the order runs end in. Only the
 *       cells still awaiting replicates are held in memory.
 *   <li>traces/ ({@link TraceFiles}), when asked for.
 * </ul>
 *
 * <p>{@link #accept} must be called from one thread at a time (executors do).
 */
public final class SweepWriter implements RunSink, Closeable {
  public static final String RUNS = "runs.csv";
  public static final String TIMINGS = "timings.csv";
  public static final String DAILY = "daily.csv";
  static final String TIMINGS_HEADER = "run_id,elapsed_ms\n";

  private final Path folder;
  private final SweepLayout layout;
  private final SweepState state;
  private final RunsCsv runsCsv;
  private final Writer runs;
  private final Writer timings;
  private final Writer daily;
  private final OldDaily old;
  private final TraceFiles traces;
  private final Map<Integer, Cell> open = new HashMap<>(); // looked up, never iterated
  private int nextCell;
  private long recorded;
  private long recovered;

  private SweepWriter(Path folder, SweepState state, boolean traces) throws IOException {
    this.folder = folder;
    this.layout = state.layout();
    this.state = state;
    this.runsCsv = new RunsCsv(layout);
    this.runs = append(folder.resolve(RUNS));
    this.timings = append(folder.resolve(TIMINGS));
    if (state.dailyAppend()) {
      this.daily = append(folder.resolve(DAILY));
      this.old = null;
    } else {
      Path temporary = folder.resolve(DAILY + ".tmp");
      this.daily = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
      this.daily.write(DailyCsv.header());
      this.old = new OldDaily(folder.resolve(DAILY), state);
    }
    this.traces = traces ? new TraceFiles(folder, layout.runCount()) : null;
    this.nextCell = state.dirtyCells().nextSetBit(0);
  }

  /** Starts the files of a new sweep in an empty folder. */
  public static SweepWriter create(Path folder, SweepLayout layout, boolean traces) {
    try {
      Files.writeString(folder.resolve(RUNS), new RunsCsv(layout).header());
      Files.writeString(folder.resolve(TIMINGS), TIMINGS_HEADER);
      Files.writeString(folder.resolve(DAILY), DailyCsv.header());
      return new SweepWriter(folder, SweepState.fresh(layout), traces);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results in " + folder, e);
    }
  }

  /**
   * Goes on writing a folder's sweep as {@code state} (read from it) decided: cuts a half-written
   * last row off runs.csv and timings.csv, and the cells to recompute off daily.csv.
   */
  public static SweepWriter resume(Path folder, SweepState state, boolean traces) {
    try {
      truncate(folder.resolve(RUNS), state.runsKeep());
      Path timings = folder.resolve(TIMINGS);
      if (Files.exists(timings) && state.timingsKeep() > 0) {
        truncate(timings, state.timingsKeep());
      } else {
        Files.writeString(timings, TIMINGS_HEADER);
      }
      Path daily = folder.resolve(DAILY);
      if (!Files.exists(daily)) {
        Files.writeString(daily, DailyCsv.header());
      }
      if (state.dailyAppend()) {
        truncate(daily, state.dailyKeep());
      }
      Files.deleteIfExists(folder.resolve(DAILY + ".tmp"));
      return new SweepWriter(folder, state, traces);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resume the results in " + folder, e);
    }
  }

  @Override
  public void accept(RunOutcome run) {
    try {
      long id = run.runId();
      int cell = layout.cell(id);
      if (!state.dirtyCells().get(cell)) {
        throw new IllegalStateException("run " + id + " was not expected: its cell is written");
      }
      if (run.recovery()) {
        if (!run.ok()) {
          throw new IllegalStateException(
              "run "
                  + id
                  + " is ok in runs.csv but failed when run again to recover its trace ("
                  + run.error()
                  + "); runs should be deterministic: please report it");
        }
        recovered++;
      } else {
        runs.write(runsCsv.row(run));
        runs.flush();
        timings.write(id + "," + run.elapsedMillis() + "\n");
        timings.flush();
        (run.ok() ? state.ok() : state.failed()).set((int) id);
        (run.ok() ? state.failed() : state.ok()).clear((int) id);
        recorded++;
      }
      if (traces != null && run.ok()) {
        traces.write(run);
      }
      Cell open = cell(cell);
      if (run.ok()) {
        open.add(run.replicate(), run.result());
      }
      open.arrived();
      writeCompleteCells();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results in " + folder, e);
    }
  }

  private Cell cell(int cell) {
    return open.computeIfAbsent(cell, this::newCell);
  }

  private Cell newCell(int cell) {
    int expected = 0;
    for (int r = 0; r < layout.replications(); r++) {
      int id = (int) layout.runIdInCell(cell, r);
      if (state.toRun().get(id) || state.toRecover().get(id)) {
        expected++;
      }
    }
    return new Cell(expected);
  }

  /** Writes the cells that are complete and have no incomplete cell before them. */
  private void writeCompleteCells() throws IOException {
    while (nextCell >= 0) {
      Cell cell = cell(nextCell);
      if (!cell.complete()) {
        return;
      }
      if (old != null) {
        old.copyBefore(nextCell, daily);
      }
      StringBuilder rows = new StringBuilder();
      int point = layout.cellPoint(nextCell);
      String arm = layout.arms().get(layout.cellArmIndex(nextCell));
      for (int b = 0; b < cell.brands.size(); b++) {
        DailyCsv.rows(rows, point, arm, cell.brands.get(b), cell.results[b]);
      }
      daily.write(rows.toString());
      daily.flush();
      open.remove(nextCell);
      nextCell = state.dirtyCells().nextSetBit(nextCell + 1);
    }
  }

  /** Runs recorded in runs.csv during this session. */
  public long recorded() {
    return recorded;
  }

  /** Runs run again during this session only to recover their traces. */
  public long recovered() {
    return recovered;
  }

  /** Runs recorded ok in runs.csv so far. */
  public long okCount() {
    return state.okCount();
  }

  public long failedCount() {
    return state.failedCount();
  }

  public long missingCount() {
    return state.missingCount();
  }

  /**
   * Ends a sweep whose every planned run was accepted: writes the last cells, completes daily.csv
   * and rewrites runs.csv and timings.csv sorted by run id, one row per run.
   *
   * @throws IllegalStateException when runs are still awaited
   */
  public void finish() {
    try {
      writeCompleteCells();
      if (nextCell >= 0) {
        throw new IllegalStateException(
            "cell " + nextCell + " of daily.csv still awaits runs; the sweep did not end");
      }
      close();
      if (old != null) {
        Files.move(
            folder.resolve(DAILY + ".tmp"),
            folder.resolve(DAILY),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
      SortById.rewrite(folder.resolve(RUNS), layout.runCount());
      SortById.rewrite(folder.resolve(TIMINGS), layout.runCount());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish the results in " + folder, e);
    }
  }

  /** Closes the files as they are (after {@link #finish}, or when a sweep stops half way). */
  @Override
  public void close() throws IOException {
    try {
      if (old != null) {
        if (nextCell < 0) {
          old.copyBefore(Integer.MAX_VALUE, daily);
        }
        old.close();
      }
    } finally {
      try {
        runs.close();
        timings.close();
      } finally {
        daily.close();
      }
    }
  }

  private static Writer append(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static void truncate(Path file, long size) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(size);
    }
  }

  /** The replicates of one (point, arm) that arrived, aggregated per brand. */
  private final class Cell {
    private final int expected;
    private int arrived;
    private List<String> brands = List.of();
    private DailyAggregator[] aggregators;
    private DailyAggregate[] results;

    Cell(int expected) {
      this.expected = expected;
    }

    void add(int replicate, RunResult result) {
      List<BrandTrace> traces = result.traces();
      if (aggregators == null) {
        brands = traces.stream().map(BrandTrace::brand).toList();
        aggregators = new DailyAggregator[traces.size()];
        for (int b = 0; b < traces.size(); b++) {
          aggregators[b] =
              new DailyAggregator(
                  layout.replications(), traces.get(b).days() + 1, DailyMetric.values().length);
        }
      } else if (!traces.stream().map(BrandTrace::brand).toList().equals(brands)) {
        throw new IllegalStateException(
            "replicate " + replicate + " has brands " + traces + ", others " + brands);
      }
      for (int b = 0; b < traces.size(); b++) {
        aggregators[b].add(replicate, traces.get(b).values());
      }
    }

    void arrived() {
      arrived++;
      if (arrived == expected && aggregators != null) {
        results = new DailyAggregate[aggregators.length];
        for (int b = 0; b < aggregators.length; b++) {
          results[b] = aggregators[b].finish();
        }
        aggregators = null;
      }
    }

    boolean complete() {
      return arrived == expected;
    }
  }

  /**
   * The previous daily.csv, when cells to recompute are not all at its end: its rows of the other
   * cells are copied, in order, around the recomputed ones.
   */
  private static final class OldDaily implements Closeable {
    private final CsvLines lines;
    private final SweepState state;
    private final long end;
    private String pending;
    private int pendingCell;

    OldDaily(Path file, SweepState state) throws IOException {
      this.lines = new CsvLines(file);
      this.state = state;
      this.end = state.dailyKeep();
      lines.next(); // header
      advance();
    }

    private void advance() throws IOException {
      pending = null;
      if (lines.next() && lines.terminated() && lines.end() <= end) {
        pending = lines.text();
        List<String> cells = CsvLines.fields(pending);
        SweepLayout layout = state.layout();
        pendingCell =
            layout.cell(Integer.parseInt(cells.get(0)), layout.arms().indexOf(cells.get(1)));
      }
    }

    /** Copies the old rows of cells before {@code cell}, except those being recomputed. */
    void copyBefore(int cell, Writer out) throws IOException {
      while (pending != null && pendingCell < cell) {
        if (!state.dirtyCells().get(pendingCell)) {
          out.write(pending);
          out.write('\n');
        }
        advance();
      }
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }
}
