package badaboum.results;

import badaboum.result.BrandTrace;
import badaboum.result.RunOutcome;
import badaboum.result.RunSink;
import badaboum.result.SweepLayout;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a sweep's results as its runs end, in bounded memory: the sink its executor hands runs to.
 *
 * <ul>
 *   <li>runs.csv ({@link RunsCsv}): a row appended as each run ends, in the order runs end; it is
 *       the resume journal. {@link #finish} rewrites it sorted by run id.
 *   <li>timings.csv: {@code run_id,elapsed_ms}, appended likewise (wall-clock time is kept out of
 *       runs.csv so that runs.csv does not depend on the machine or the thread count).
 *   <li>journal/ ({@link TraceJournal}): an ok run's daily traces, written before its row, kept
 *       until daily.csv holds its cell, so that a resume never runs a recorded run again.
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
  static final String TIMINGS_HEADER = "run_id,elapsed_ms\n";

  private final Path folder;
  private final SweepLayout layout;
  private final SweepState state;
  private final RunsCsv runsCsv;
  private final AppendFile runs;
  private final AppendFile timings;
  private final DailyCsv dailyCsv;
  private final AppendFile daily;
  private final OldDaily old;
  private final TraceJournal journal;
  private final TraceFiles traces;
  private final Map<Integer, DailyCell> open = new HashMap<>(); // looked up, never iterated
  private int nextCell;
  private int lastWritten = -1;
  private long recorded;
  private long recovered;

  private SweepWriter(Path folder, SweepState state, boolean traces, BrandColumns columns)
      throws IOException {
    this.folder = folder;
    // a resumed daily.csv is written on in its own shape, whatever this version would start with
    this.dailyCsv =
        DailyCsv.continuing(ResultsFile.DAILY.in(folder), columns)
            .orElseGet(() -> new DailyCsv(columns));
    this.layout = state.layout();
    this.state = state;
    this.runsCsv = new RunsCsv(layout);
    this.journal = new TraceJournal(folder);
    this.runs = new AppendFile(ResultsFile.RUNS.in(folder));
    this.timings = new AppendFile(ResultsFile.TIMINGS.in(folder));
    if (state.dailyAppend()) {
      this.daily = new AppendFile(ResultsFile.DAILY.in(folder));
      this.old = null;
    } else {
      Path temporary = AtomicWrite.temporary(ResultsFile.DAILY.in(folder));
      Files.writeString(temporary, dailyCsv.header());
      this.daily = new AppendFile(temporary);
      this.old = new OldDaily(ResultsFile.DAILY.in(folder), state);
    }
    this.traces = traces ? new TraceFiles(folder, layout.runCount(), columns) : null;
    this.nextCell = state.dirtyCells().nextSetBit(0);
  }

  /**
   * The files a new sweep starts with, header lines only, each written whole: a folder's setup
   * before its manifest.
   */
  public static void createFiles(Path folder, SweepLayout layout, BrandColumns columns) {
    AtomicWrite.text(ResultsFile.RUNS.in(folder), new RunsCsv(layout).header());
    AtomicWrite.text(ResultsFile.TIMINGS.in(folder), TIMINGS_HEADER);
    AtomicWrite.text(ResultsFile.DAILY.in(folder), new DailyCsv(columns).header());
  }

  /** Starts writing a new sweep into the files of {@link #createFiles}. */
  public static SweepWriter create(
      Path folder, SweepLayout layout, boolean traces, BrandColumns columns) {
    return create(folder, SweepState.fresh(layout), traces, columns);
  }

  /** Starts writing a new sweep, keeping {@code state} (a fresh one) up to date. */
  static SweepWriter create(Path folder, SweepState state, boolean traces, BrandColumns columns) {
    try {
      return new SweepWriter(folder, state, traces, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the results in " + folder, e);
    }
  }

  /**
   * Goes on writing a folder's sweep as {@code state} (read from it) decided: cuts a half-written
   * last row off runs.csv and timings.csv and the cells to recompute off daily.csv, and removes
   * what a kill left aside.
   */
  public static SweepWriter resume(
      Path folder, SweepState state, boolean traces, BrandColumns columns) {
    try {
      Path runs = ResultsFile.RUNS.in(folder);
      if (state.runsKeep() < 0) {
        AtomicWrite.text(runs, new RunsCsv(state.layout()).header());
      } else {
        truncate(runs, state.runsKeep());
      }
      Path timings = ResultsFile.TIMINGS.in(folder);
      if (Files.exists(timings) && state.timingsKeep() > 0) {
        truncate(timings, state.timingsKeep());
      } else {
        AtomicWrite.text(timings, TIMINGS_HEADER);
      }
      Path daily = ResultsFile.DAILY.in(folder);
      if (!Files.exists(daily)) {
        AtomicWrite.text(daily, new DailyCsv(columns).header());
      } else if (state.dailyAppend()) {
        truncate(daily, state.dailyKeep());
      }
      removeLeftovers(folder);
      TraceJournal journal = new TraceJournal(folder);
      BitSet drop = state.journalDrop();
      for (int id = drop.nextSetBit(0); id >= 0; id = drop.nextSetBit(id + 1)) {
        journal.delete(id);
      }
      return new SweepWriter(folder, state, traces, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resume the results in " + folder, e);
    }
  }

  /** Files written aside that a kill left behind. */
  private static void removeLeftovers(Path folder) throws IOException {
    for (ResultsFile file : ResultsFile.values()) {
      Files.deleteIfExists(folder.resolve(file.temporaryName()));
    }
    new TraceJournal(folder).removeTemporaryFiles();
    TraceFiles.removeTemporaryFiles(folder);
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
      }
      if (run.ok()) {
        // its trace is safe before its row says it is done, so a resume never runs it again
        journal.write(id, run.result().traces());
        if (traces != null) {
          traces.write(run);
        }
      }
      if (!run.recovery()) {
        runs.write(runsCsv.row(run));
        timings.write(id + "," + run.elapsedMillis() + "\n");
        (run.ok() ? state.ok() : state.failed()).set((int) id);
        (run.ok() ? state.failed() : state.ok()).clear((int) id);
        recorded++;
      }
      DailyCell open = cell(cell);
      if (run.ok()) {
        open.add(run.replicate(), run.result().traces());
      }
      open.arrived();
      writeCompleteCells();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results in " + folder, e);
    }
  }

  private DailyCell cell(int cell) {
    return open.computeIfAbsent(cell, this::newCell);
  }

  /** Opens a cell with the replicates the journal already holds; the others are awaited. */
  private DailyCell newCell(int cell) {
    int expected = 0;
    for (int r = 0; r < layout.replications(); r++) {
      int id = (int) layout.runIdInCell(cell, r);
      if (state.toRun().get(id) || state.toRecover().get(id)) {
        expected++;
      }
    }
    DailyCell opened = new DailyCell(layout.replications(), expected);
    for (int r = 0; r < layout.replications(); r++) {
      int id = (int) layout.runIdInCell(cell, r);
      if (state.fromJournal().get(id)) {
        List<BrandTrace> traces = journal.read(id);
        if (traces == null) {
          throw new ResultsException(
              journal.file(id)
                  + " is damaged or was removed while the sweep resumed; resume again: the run"
                  + " will be run again for its trace");
        }
        opened.add(r, traces);
      }
    }
    opened.finishWhenComplete();
    return opened;
  }

  /** Writes the cells that are complete and have no incomplete cell before them. */
  private void writeCompleteCells() throws IOException {
    while (nextCell >= 0) {
      DailyCell cell = cell(nextCell);
      if (!cell.complete()) {
        return;
      }
      if (old != null) {
        old.copyBefore(nextCell, daily);
      }
      StringBuilder rows = new StringBuilder();
      int point = layout.cellPoint(nextCell);
      String arm = layout.arms().get(layout.cellArmIndex(nextCell));
      cell.rows(dailyCsv, rows, point, arm);
      daily.write(rows);
      open.remove(nextCell);
      // the journal of the cell written before this one is dropped now: the last cell's rows may
      // yet be cut by a kill, and a resume rebuilds it from its journal
      dropJournal(lastWritten);
      lastWritten = nextCell;
      nextCell = state.dirtyCells().nextSetBit(nextCell + 1);
    }
  }

  /** Drops a written cell's traces, unless a failed run may be retried there. */
  private void dropJournal(int cell) throws IOException {
    if (cell < 0) {
      return;
    }
    for (int r = 0; r < layout.replications(); r++) {
      if (!state.ok().get((int) layout.runIdInCell(cell, r))) {
        return;
      }
    }
    for (int r = 0; r < layout.replications(); r++) {
      journal.delete(layout.runIdInCell(cell, r));
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
   * Ends a sweep whose every planned run was accepted: writes the last cells, completes daily.csv,
   * rewrites runs.csv and timings.csv sorted by run id, one row per run, and drops the journal's
   * traces that no retry can need.
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
      if (old != null) {
        old.copyBefore(Integer.MAX_VALUE, daily);
      }
      close();
      if (old != null) {
        Files.move(
            daily.file(),
            ResultsFile.DAILY.in(folder),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
      dropJournal(lastWritten);
      journal.removeIfEmpty();
      SortById.rewrite(ResultsFile.RUNS.in(folder), layout.runCount());
      SortById.rewrite(ResultsFile.TIMINGS.in(folder), layout.runCount());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish the results in " + folder, e);
    }
  }

  /**
   * Closes the files as they are: after {@link #finish}, or when a sweep stops half way (then a
   * daily.csv being rewritten aside is dropped: the old one stays, and a resume recomputes).
   */
  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Closeable file : new Closeable[] {runs, timings, daily, old}) {
      try {
        if (file != null) {
          file.close();
        }
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** {@link #close}, for a sweep that stopped: also drops a daily.csv being rewritten aside. */
  public void abandon() {
    try {
      close();
    } catch (IOException | RuntimeException e) {
      // the sweep already stopped on an error, which is what gets reported
    } finally {
      if (old != null) {
        AtomicWrite.deleteQuietly(daily.file());
      }
    }
  }

  private static void truncate(Path file, long size) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(size);
    }
  }
}
