package badaboum.results;

import badaboum.result.RunStatus;
import badaboum.result.SweepLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;

/**
 * What a sweep's results folder holds and what is left to do: which runs runs.csv records (ok or
 * failed), which runs to do now, and which (point, arm) cells of daily.csv to (re)compute.
 *
 * <p>Reading is read-only; {@link SweepWriter#resume} applies the cuts this state decides:
 *
 * <ul>
 *   <li>runs.csv: a last line without its newline, or with the wrong number of cells, is what a
 *       crash left of a row being written: it is discarded. A damaged line before the last is an
 *       error. For a run recorded twice the last row wins.
 *   <li>daily.csv: a cell's rows are kept when their {@code replicates} equals the number of ok
 *       runs runs.csv records for the cell. The last cell written is recomputed unless the sweep
 *       had finished (a crash may have cut it), and so is any cell with runs still to do.
 *   <li>A cell to recompute needs the traces of its runs that are already recorded: they are read
 *       back from the {@link TraceJournal}; a run whose trace the journal lacks is run again (runs
 *       are deterministic, so this is exact) without being recorded twice.
 * </ul>
 *
 * <p>Memory: a few bits per run and twelve bytes per (point, arm) cell.
 */
public final class SweepState {
  private final SweepLayout layout;
  private final BitSet ok;
  private final BitSet failed;
  private final BitSet toRun;
  private final BitSet fromJournal;
  private final BitSet toRecover;
  private final BitSet journalDrop;
  private final BitSet dirtyCells;
  private final long runsKeep;
  private final long timingsKeep;
  private final long dailyKeep;
  private final boolean dailyAppend;
  private final boolean discardedHalfLine;

  private SweepState(
      SweepLayout layout,
      BitSet ok,
      BitSet failed,
      BitSet toRun,
      BitSet fromJournal,
      BitSet toRecover,
      BitSet journalDrop,
      BitSet dirtyCells,
      long runsKeep,
      long timingsKeep,
      long dailyKeep,
      boolean dailyAppend,
      boolean discardedHalfLine) {
    this.layout = layout;
    this.ok = ok;
    this.failed = failed;
    this.toRun = toRun;
    this.fromJournal = fromJournal;
    this.toRecover = toRecover;
    this.journalDrop = journalDrop;
    this.dirtyCells = dirtyCells;
    this.runsKeep = runsKeep;
    this.timingsKeep = timingsKeep;
    this.dailyKeep = dailyKeep;
    this.dailyAppend = dailyAppend;
    this.discardedHalfLine = discardedHalfLine;
  }

  /** A new sweep: every run to do, every cell to write. */
  public static SweepState fresh(SweepLayout layout) {
    BitSet all = new BitSet();
    all.set(0, (int) layout.runCount());
    BitSet cells = new BitSet();
    cells.set(0, layout.cellCount());
    return new SweepState(
        layout,
        new BitSet(),
        new BitSet(),
        all,
        new BitSet(),
        new BitSet(),
        new BitSet(),
        cells,
        -1,
        -1,
        -1,
        true,
        false);
  }

  /**
   * Reads a results folder to go on with its sweep.
   *
   * @param retryFailed run again the runs recorded as failed (besides the missing ones)
   * @param finished whether the sweep had ended (its manifest says so): then daily.csv is whole
   * @throws ResultsException when a file is damaged beyond a half-written last line
   */
  public static SweepState read(
      Path folder, SweepLayout layout, boolean retryFailed, boolean finished) {
    try {
      return readChecked(folder, layout, retryFailed, finished);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the results in " + folder, e);
    }
  }

  private static SweepState readChecked(
      Path folder, SweepLayout layout, boolean retryFailed, boolean finished) throws IOException {
    int runs = (int) layout.runCount();
    BitSet ok = new BitSet(runs);
    BitSet failed = new BitSet(runs);
    RunsCsv.Reading reading =
        new RunsCsv(layout)
            .read(
                folder,
                row -> {
                  int id = (int) row.runId();
                  (row.status() == RunStatus.OK ? ok : failed).set(id);
                  (row.status() == RunStatus.OK ? failed : ok).clear(id);
                });
    long runsKeep = reading.exists() ? reading.wholeRowsEnd() : -1;
    boolean discarded = reading.halfWrittenLastLine();
    long timingsKeep = wholeLines(ResultsFile.TIMINGS.in(folder));

    int cells = layout.cellCount();
    DailyScan daily = new DailyScan(layout, ResultsFile.DAILY.in(folder));
    // without daily.csv (deleted by hand), every cell is recomputed from runs.csv
    DailyCsv.Reading dailyReading = DailyCsv.read(folder, daily);
    if (dailyReading == DailyCsv.Reading.NOT_THIS_SWEEP) {
      throw new ResultsException(
          ResultsFile.DAILY.in(folder)
              + ": its header is not the one this sweep writes; it was written by another"
              + " scenario or version of badaboum, or edited. Start a new sweep with another"
              + " --out");
    }
    int[] written = daily.written;
    long[] groupStart = daily.groupStart;
    int lastGroup = daily.lastGroup;
    long dailyEnd = daily.end;

    BitSet toRun = new BitSet(runs);
    toRun.set(0, runs);
    toRun.andNot(ok);
    if (!retryFailed) {
      toRun.andNot(failed);
    }
    int[] okPerCell = new int[cells];
    for (int id = ok.nextSetBit(0); id >= 0; id = ok.nextSetBit(id + 1)) {
      okPerCell[layout.cell(id)]++;
    }
    BitSet dirty = new BitSet(cells);
    for (int cell = 0; cell < cells; cell++) {
      if (Math.max(0, written[cell]) != okPerCell[cell]) {
        dirty.set(cell);
      }
    }
    if (!finished && lastGroup >= 0) {
      dirty.set(lastGroup);
    }
    for (int id = toRun.nextSetBit(0); id >= 0; id = toRun.nextSetBit(id + 1)) {
      dirty.set(layout.cell(id));
    }
    BitSet journaled = new TraceJournal(folder).runs();
    BitSet fromJournal = new BitSet(runs);
    BitSet toRecover = new BitSet(runs);
    for (int cell = dirty.nextSetBit(0); cell >= 0; cell = dirty.nextSetBit(cell + 1)) {
      for (int r = 0; r < layout.replications(); r++) {
        int id = (int) layout.runIdInCell(cell, r);
        if (ok.get(id) && !toRun.get(id)) {
          (journaled.get(id) ? fromJournal : toRecover).set(id);
        }
      }
    }
    // what the journal must keep: the traces used now, and those of cells a retry may recompute
    BitSet journalKeep = (BitSet) fromJournal.clone();
    for (int id = failed.nextSetBit(0); id >= 0; id = failed.nextSetBit(id + 1)) {
      int cell = layout.cell(id);
      for (int r = 0; r < layout.replications(); r++) {
        int other = (int) layout.runIdInCell(cell, r);
        if (ok.get(other) && journaled.get(other)) {
          journalKeep.set(other);
        }
      }
    }
    BitSet journalDrop = (BitSet) journaled.clone();
    journalDrop.andNot(journalKeep);
    int firstDirty = dirty.nextSetBit(0);
    boolean append = firstDirty < 0 || dirty.nextClearBit(firstDirty) >= cells;
    long dailyKeep = dailyEnd;
    if (append && firstDirty >= 0) {
      for (int cell = firstDirty; cell <= lastGroup; cell++) {
        if (written[cell] >= 0) {
          dailyKeep = groupStart[cell];
          break;
        }
      }
    }
    return new SweepState(
        layout,
        ok,
        failed,
        toRun,
        fromJournal,
        toRecover,
        journalDrop,
        dirty,
        runsKeep,
        timingsKeep,
        dailyKeep,
        append,
        discarded);
  }

  /** The cells daily.csv holds, where each starts, and how many replicates each is over. */
  private static final class DailyScan implements java.util.function.Consumer<DailyCsv.Row> {
    private final SweepLayout layout;
    private final Path file;
    final int[] written;
    final long[] groupStart;
    int lastGroup = -1;
    long end;

    DailyScan(SweepLayout layout, Path file) {
      this.layout = layout;
      this.file = file;
      this.end = DailyCsv.headerBytes(file);
      this.written = new int[layout.cellCount()];
      this.groupStart = new long[layout.cellCount()];
      Arrays.fill(written, -1);
    }

    @Override
    public void accept(DailyCsv.Row row) {
      int[] cellAndN = row.cells() == null ? null : cellAndReplicates(row);
      if (cellAndN == null) {
        throw damaged(row.line());
      }
      int cell = cellAndN[0];
      if (cell != lastGroup) {
        if (cell < lastGroup || written[cell] != -1) {
          throw damaged(row.line());
        }
        groupStart[cell] = row.start();
        written[cell] = cellAndN[1];
        lastGroup = cell;
      } else if (written[cell] != cellAndN[1]) {
        throw damaged(row.line());
      }
      end = row.end();
    }

    /** {cell, replicates} of a row, or null when it is not one of this sweep's rows. */
    private int[] cellAndReplicates(DailyCsv.Row row) {
      try {
        int point = row.point();
        int arm = layout.arms().indexOf(row.arm());
        int replicates = row.replicates();
        if (point < 0 || point >= layout.points() || arm < 0 || replicates < 1) {
          return null;
        }
        return new int[] {layout.cell(point, arm), replicates};
      } catch (NumberFormatException e) {
        return null;
      }
    }

    private ResultsException damaged(long line) {
      return new ResultsException(
          file
              + ":"
              + line
              + ": rows out of order or damaged; delete daily.csv's rows from that line on (keep"
              + " the header), then resume again: they will be recomputed");
    }
  }

  /** Bytes up to the end of the last whole line (0 when the file is missing). */
  private static long wholeLines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    long end = 0;
    try (CsvLines lines = new CsvLines(file)) {
      while (lines.next() && lines.terminated()) {
        end = lines.end();
      }
    }
    return end;
  }

  public SweepLayout layout() {
    return layout;
  }

  /** Runs recorded ok (updated as the sweep goes on). */
  BitSet ok() {
    return ok;
  }

  /** Runs recorded failed (updated as the sweep goes on). */
  BitSet failed() {
    return failed;
  }

  /** Runs to do and record now, in id order. */
  public BitSet toRun() {
    return toRun;
  }

  /** Runs already recorded whose traces the journal holds for the cells to (re)write. */
  public BitSet fromJournal() {
    return fromJournal;
  }

  /**
   * Runs already recorded whose traces a cell to (re)write needs but the journal lacks (a folder
   * whose daily.csv was damaged after it ended): run again only for their traces.
   */
  public BitSet toRecover() {
    return toRecover;
  }

  /**
   * Journal files no cell needs any more (a kill came between writing a cell and dropping them).
   */
  BitSet journalDrop() {
    return journalDrop;
  }

  BitSet dirtyCells() {
    return dirtyCells;
  }

  /** (point, arm) cells of daily.csv to write now. */
  public int dirtyCellCount() {
    return dirtyCells.cardinality();
  }

  long runsKeep() {
    return runsKeep;
  }

  long timingsKeep() {
    return timingsKeep;
  }

  long dailyKeep() {
    return dailyKeep;
  }

  boolean dailyAppend() {
    return dailyAppend;
  }

  /** Whether runs.csv ended with a half-written row, which resuming drops. */
  public boolean discardedHalfLine() {
    return discardedHalfLine;
  }

  public long okCount() {
    return ok.cardinality();
  }

  public long failedCount() {
    return failed.cardinality();
  }

  public long missingCount() {
    return layout.runCount() - okCount() - failedCount();
  }
}
