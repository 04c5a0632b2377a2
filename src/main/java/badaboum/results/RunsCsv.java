package badaboum.results;

import badaboum.result.RunOutcome;
import badaboum.result.RunStatus;
import badaboum.result.RunSummary;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * runs.csv: one row per run of a sweep, and the sweep's resume journal. Columns: {@code run_id,
 * point, arm, replicate, seed}, one column per varied parameter (its dotted path, in the scenario's
 * order), {@code status} ({@code ok} or {@code failed}), {@code error} (what a failed run threw, on
 * one line), then the focal brand's summary, one column per {@link SummaryMetric} (empty for a
 * failed run, and where a metric does not apply).
 *
 * <p>Nothing here depends on the clock or the thread count, so runs.csv sorted by run id is the
 * same bytes for the same scenario; each run's wall-clock time is in timings.csv instead.
 *
 * <p>Varied values are written exactly: whole numbers as integers, other numbers in their shortest
 * decimal form that reads back as the same double, always with a decimal point (0.35, 1.0).
 */
public final class RunsCsv {
  /** Columns before the varied parameters. */
  static final List<String> LEADING = List.of("run_id", "point", "arm", "replicate", "seed");

  private final SweepLayout layout;

  public RunsCsv(SweepLayout layout) {
    this.layout = layout;
  }

  public String header() {
    List<String> cells = new ArrayList<>(LEADING);
    layout.variedPaths().forEach(path -> cells.add(Csv.text(path)));
    cells.add("status");
    cells.add("error");
    for (SummaryMetric metric : SummaryMetric.values()) {
      cells.add(metric.column());
    }
    return Csv.row(cells);
  }

  /** Number of cells in every row. */
  public int width() {
    return LEADING.size() + layout.variedPaths().size() + 2 + SummaryMetric.values().length;
  }

  public String row(RunOutcome run) {
    List<String> cells = new ArrayList<>(width());
    cells.add(Long.toString(run.runId()));
    cells.add(Integer.toString(run.point()));
    cells.add(Csv.text(run.arm()));
    cells.add(Integer.toString(run.replicate()));
    cells.add(Long.toString(run.seed()));
    for (String path : layout.variedPaths()) {
      cells.add(Csv.text(value(run.pointValues().get(path))));
    }
    cells.add(run.status().label());
    cells.add(run.error() == null ? "" : Csv.text(oneLine(run.error())));
    RunSummary focal = run.ok() ? run.result().focal() : null;
    for (SummaryMetric metric : SummaryMetric.values()) {
      cells.add(focal == null ? "" : Csv.number(focal.get(metric)));
    }
    return Csv.row(cells);
  }

  /** A varied value exactly: {@code 3}, {@code 0.35}, {@code 1.0}, {@code fans}, {@code true}. */
  public static String value(Object value) {
    if (value instanceof Double d) {
      if (!Double.isFinite(d)) {
        return d.toString();
      }
      String text = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      return text.contains(".") ? text : text + ".0";
    }
    return String.valueOf(value);
  }

  /** The summary cells of a run as runs.csv writes them, for comparing a replay with its row. */
  public static List<String> summaryCells(RunSummary summary) {
    List<String> cells = new ArrayList<>();
    for (SummaryMetric metric : SummaryMetric.values()) {
      cells.add(Csv.number(summary.get(metric)));
    }
    return cells;
  }

  /**
   * One row read back, or null when the line is not a whole row (a wrong number of cells, an
   * unreadable id or status): what a crash leaves of a half-written last line.
   */
  public Row parse(String line) {
    List<String> cells = Csv.fields(line);
    if (cells == null || cells.size() != width()) {
      return null;
    }
    try {
      long id = Long.parseLong(cells.get(0));
      RunStatus status = RunStatus.ofLabel(cells.get(statusColumn()));
      if (id < 0 || id >= layout.runCount() || status == null) {
        return null;
      }
      return new Row(cells, id, status);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * What reading runs.csv found besides its rows.
   *
   * @param exists false when the folder has no runs.csv (a sweep stopped before writing it)
   * @param wholeRowsEnd bytes up to the end of the last whole row: a resume cuts the file there
   * @param halfWrittenLastLine whether the last line is what a kill left of a row being written
   */
  public record Reading(boolean exists, long wholeRowsEnd, boolean halfWrittenLastLine) {}

  /**
   * Reads {@code folder}/runs.csv, handing each whole row to {@code rows} in file order (a run
   * recorded twice comes twice: the last row wins). runs.csv is the resume journal, so it may be an
   * interrupted sweep's: unsorted, runs missing, and a half-written last line, which is skipped and
   * reported.
   *
   * @throws ResultsException when its header is another sweep's, or a line before the last is not a
   *     whole row
   */
  public Reading read(Path folder, Consumer<Row> rows) {
    Path file = ResultsFile.RUNS.in(folder);
    if (!Files.exists(file)) {
      return new Reading(false, 0, false);
    }
    try (CsvLines lines = new CsvLines(file)) {
      if (!lines.next() || !lines.terminated() || !(lines.text() + "\n").equals(header())) {
        throw new ResultsException(
            file
                + ": its header is not the one this sweep writes; it was written by another"
                + " scenario or version of badaboum, or edited. Start a new sweep with another"
                + " --out");
      }
      long end = lines.end();
      while (lines.next()) {
        Row row = lines.terminated() ? parse(lines.text()) : null;
        if (row == null) {
          long number = lines.number();
          if (lines.next()) {
            throw new ResultsException(
                file
                    + ":"
                    + number
                    + ": not a whole row of runs.csv, and not the last line; repair or delete"
                    + " that line");
          }
          return new Reading(true, end, true);
        }
        rows.accept(row);
        end = lines.end();
      }
      return new Reading(true, end, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * The row of run {@code runId} in {@code folder}/runs.csv (the last one when a run was recorded
   * twice), or null when it has none.
   */
  public Row find(Path folder, long runId) {
    Row[] found = {null};
    read(
        folder,
        row -> {
          if (row.runId() == runId) {
            found[0] = row;
          }
        });
    return found[0];
  }

  private int statusColumn() {
    return LEADING.size() + layout.variedPaths().size();
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\r\n]+", " ");
  }

  /** A row of runs.csv as its cells. */
  public final class Row {
    private final List<String> cells;
    private final long runId;
    private final RunStatus status;

    private Row(List<String> cells, long runId, RunStatus status) {
      this.cells = List.copyOf(cells);
      this.runId = runId;
      this.status = status;
    }

    public long runId() {
      return runId;
    }

    public RunStatus status() {
      return status;
    }

    public int point() {
      return Integer.parseInt(cells.get(1));
    }

    public String arm() {
      return cells.get(2);
    }

    public int replicate() {
      return Integer.parseInt(cells.get(3));
    }

    public long seed() {
      return Long.parseLong(cells.get(4));
    }

    /** The varied values as written, in {@link SweepLayout#variedPaths()} order. */
    public List<String> values() {
      return cells.subList(LEADING.size(), statusColumn());
    }

    public String error() {
      return cells.get(statusColumn() + 1);
    }

    /** The summary cells as written, in {@link SummaryMetric} order. */
    public List<String> summary() {
      return cells.subList(statusColumn() + 2, cells.size());
    }
  }
}
