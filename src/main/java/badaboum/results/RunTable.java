package badaboum.results;

import badaboum.result.RunStatus;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The runs of a results folder as runs.csv records them, read as a stream: per run id its status
 * and its focal brand's summary values (NaN where empty). runs.csv may be that of an interrupted
 * sweep: unsorted, a run recorded twice (the last row wins, as on resume), a half-written last line
 * (ignored), runs missing.
 *
 * <p>Memory: one byte and one double per summary metric per run of the design (136 bytes a run, 1.4
 * MB for 10,000 runs), whatever the size of the file.
 */
public final class RunTable {
  static final byte MISSING = 0;
  static final byte OK = 1;
  static final byte FAILED = 2;

  /** Failed runs whose error is kept for the report. */
  static final int ERRORS_KEPT = 5;

  private final SweepLayout layout;
  private final byte[] status;
  private final double[][] values; // [metric][runId]
  private final List<String> errors;
  private final List<List<String>> pointValues;

  private RunTable(
      SweepLayout layout,
      byte[] status,
      double[][] values,
      List<String> errors,
      List<List<String>> pointValues) {
    this.layout = layout;
    this.status = status;
    this.values = values;
    this.errors = errors;
    this.pointValues = pointValues;
  }

  /**
   * Reads {@code folder}/runs.csv.
   *
   * @throws ResultsException when it is missing, has another sweep's header, or a line before the
   *     last is not a row
   */
  public static RunTable read(Path folder, SweepLayout layout) {
    int runs = (int) layout.runCount();
    byte[] status = new byte[runs];
    double[][] values = new double[SummaryMetric.values().length][runs];
    for (double[] column : values) {
      Arrays.fill(column, Double.NaN);
    }
    String[] error = new String[runs];
    List<List<String>> pointValues = new ArrayList<>();
    for (int p = 0; p < layout.points(); p++) {
      pointValues.add(null);
    }
    RunsCsv.Reading reading;
    try {
      reading =
          new RunsCsv(layout)
              .read(
                  folder,
                  row -> {
                    int id = (int) row.runId();
                    if (pointValues.get(layout.point(id)) == null) {
                      pointValues.set(layout.point(id), List.copyOf(row.values()));
                    }
                    boolean ok = row.status() == RunStatus.OK;
                    status[id] = ok ? OK : FAILED;
                    error[id] = ok ? null : row.error();
                    List<String> cells = row.summary();
                    for (int m = 0; m < values.length; m++) {
                      String cell = ok ? cells.get(m) : "";
                      values[m][id] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                    }
                  });
    } catch (NumberFormatException e) {
      throw new ResultsException(
          ResultsFile.RUNS.in(folder) + ": a summary value is not a number: " + e.getMessage());
    }
    if (!reading.exists()) {
      throw new ResultsException(folder + " has no " + ResultsFile.RUNS + "; no run was recorded");
    }
    List<String> errors = new ArrayList<>();
    for (int id = 0; id < runs && errors.size() < ERRORS_KEPT; id++) {
      if (error[id] != null) {
        errors.add("run " + id + ": " + error[id]);
      }
    }
    return new RunTable(layout, status, values, List.copyOf(errors), pointValues);
  }

  public SweepLayout layout() {
    return layout;
  }

  /** Whether runs.csv records the run, ok or failed. */
  public boolean recorded(long runId) {
    return status[(int) runId] != MISSING;
  }

  public boolean ok(long runId) {
    return status[(int) runId] == OK;
  }

  /** The summary value of a run; NaN when it does not apply or the run is not ok. */
  public double value(SummaryMetric metric, long runId) {
    return values[metric.ordinal()][(int) runId];
  }

  public long okCount() {
    return count(OK);
  }

  public long failedCount() {
    return count(FAILED);
  }

  public long missingCount() {
    return count(MISSING);
  }

  /**
   * The varied values of a point as runs.csv writes them, in {@link SweepLayout#variedPaths()}
   * order; null when no run of the point is recorded yet.
   */
  public List<String> pointValues(int point) {
    return pointValues.get(point);
  }

  /** The errors of the first few failed runs, in run id order, as "run ID: error". */
  public List<String> firstErrors() {
    return errors;
  }

  private long count(byte which) {
    long n = 0;
    for (byte s : status) {
      if (s == which) {
        n++;
      }
    }
    return n;
  }
}
