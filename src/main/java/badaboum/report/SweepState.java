package badaboum.report;

import badaboum.result.RunStatus;
import badaboum.result.SweepLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

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
 *   <li>A cell to recompute needs the traces of its runs that are already recorded: they are run
 *       again (runs are deterministic, so this is exact) without being recorded twice.
 * </ul>
 *
 * <p>Memory: two bits per run and twelve bytes per (point, arm) cell.
 */
public final class SweepState {
  private final SweepLayout layout;
  private final BitSet ok;
  private final BitSet failed;
  private final BitSet toRun;
  private final BitSet toRecover;
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
      BitSet toRecover,
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
    this.toRecover = toRecover;
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
        layout, new BitSet(), new BitSet(), all, new BitSet(), cells, -1, -1, -1, true, false);
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
    Path runsFile = folder.resolve(SweepWriter.RUNS);
    RunsCsv csv = new RunsCsv(layout);
    long runsKeep;
    boolean discarded = false;
    try (CsvLines lines = new CsvLines(runsFile)) {
      requireHeader(lines, runsFile, csv.header());
      runsKeep = lines.end();
      while (lines.next()) {
        RunsCsv.Row row = lines.terminated() ? csv.parse(lines.text()) : null;
        if (row == null) {
          long number = lines.number();
          if (lines.next()) {
            throw new ResultsException(
                runsFile
                    + ":"
                    + number
                    + ": not a whole row of runs.csv, and not the last line; repair or delete"
                    + " that line, then resume again");
          }
          discarded = true;
          break;
        }
        int id = (int) row.runId();
        (row.status() == RunStatus.OK ? ok : failed).set(id);
        (row.status() == RunStatus.OK ? failed : ok).clear(id);
        runsKeep = lines.end();
      }
    }
    long timingsKeep = wholeLines(folder.resolve(SweepWriter.TIMINGS));

    int cells = layout.cellCount();
    int[] written = new int[cells];
    Arrays.fill(written, -1);
    long[] groupStart = new long[cells];
    int lastGroup = -1;
    Path dailyFile = folder.resolve(SweepWriter.DAILY);
    // without daily.csv (deleted by hand), every cell is recomputed from runs.csv
    long dailyEnd = DailyCsv.header().getBytes(StandardCharsets.UTF_8).length;
    if (Files.exists(dailyFile)) {
      try (CsvLines lines = new CsvLines(dailyFile)) {
        requireHeader(lines, dailyFile, DailyCsv.header());
        dailyEnd = lines.end();
        while (lines.next() && lines.terminated()) {
          int[] cellAndN = dailyCell(lines.text(), layout);
          if (cellAndN == null) {
            throw damaged(dailyFile, lines.number());
          }
          int cell = cellAndN[0];
          if (cell != lastGroup) {
            if (cell < lastGroup || written[cell] != -1) {
              throw damaged(dailyFile, lines.number());
            }
            groupStart[cell] = lines.start();
            written[cell] = cellAndN[1];
            lastGroup = cell;
          } else if (written[cell] != cellAndN[1]) {
            throw damaged(dailyFile, lines.number());
          }
          dailyEnd = lines.end();
        }
      }
    }

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
    BitSet toRecover = new BitSet(runs);
    for (int cell = dirty.nextSetBit(0); cell >= 0; cell = dirty.nextSetBit(cell + 1)) {
      for (int r = 0; r < layout.replications(); r++) {
        int id = (int) layout.runIdInCell(cell, r);
        if (ok.get(id) && !toRun.get(id)) {
          toRecover.set(id);
        }
      }
    }
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
        toRecover,
        dirty,
        runsKeep,
        timingsKeep,
        dailyKeep,
        append,
        discarded);
  }

  private static void requireHeader(CsvLines lines, Path file, String header) throws IOException {
    if (!lines.next() || !lines.terminated() || !(lines.text() + "\n").equals(header)) {
      throw new ResultsException(
          file
              + ": its header is not the one this sweep writes; it was written by another"
              + " scenario or version of badaboum and cannot be resumed. Start a new sweep with"
              + " another --out");
    }
  }

  private static ResultsException damaged(Path file, long line) {
    return new ResultsException(
        file
            + ":"
            + line
            + ": rows out of order or damaged; delete daily.csv's rows from that line on (keep the"
            + " header), then resume again: they will be recomputed");
  }

  /** {cell, replicates} of a daily.csv row, or null when it is not one of this sweep's rows. */
  private static int[] dailyCell(String line, SweepLayout layout) {
    List<String> cells = CsvLines.fields(line);
    if (cells == null || cells.size() != DailyCsv.width()) {
      return null;
    }
    try {
      int point = Integer.parseInt(cells.get(0));
      int arm = layout.arms().indexOf(cells.get(1));
      int replicates = Integer.parseInt(cells.get(4));
      if (point < 0 || point >= layout.points() || arm < 0 || replicates < 1) {
        return null;
      }
      return new int[] {layout.cell(point, arm), replicates};
    } catch (NumberFormatException e) {
      return null;
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

  /** Runs already recorded, to run again only for their traces. */
  public BitSet toRecover() {
    return toRecover;
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
