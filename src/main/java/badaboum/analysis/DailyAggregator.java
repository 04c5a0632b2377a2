package badaboum.analysis;

import java.util.Arrays;

/**
 * Collects the daily metrics of the replicates of ONE (point, arm) cell as runs finish, and reduces
 * them to per-day mean and 5/50/95 percentiles across replicates.
 *
 * <p>Replicates may arrive in any order and from several threads (methods are synchronized). The
 * result does not depend on that order: values are stored by replicate index and reduced in
 * replicate order, so it is bit-for-bit the same however the runs were scheduled.
 *
 * <p>Memory: one double per replicate × day × metric (8·R·D·M bytes, about 4.7 MB for 100
 * replicates × 365 days × 16 metrics), held only while the cell is open. A sweep keeps open only
 * the cells that still await replicates and calls {@link #finish()} as soon as a cell {@link
 * #isComplete()}; {@code finish()} releases the buffer. An interrupted sweep may finish a cell with
 * fewer replicates; the result says how many it used.
 */
public final class DailyAggregator {
  private final int replications;
  private final int days;
  private final int metrics;
  // values[(metric·days + day)·replications + replicate]: one contiguous column per (metric, day).
  private double[] values;
  private final boolean[] arrived;
  private int arrivedCount;

  /**
   * Opens a cell.
   *
   * @param replications number of replicates expected
   * @param days number of days per run
   * @param metrics number of daily metrics per run
   */
  public DailyAggregator(int replications, int days, int metrics) {
    if (replications < 1 || days < 1 || metrics < 1) {
      throw new IllegalArgumentException(
          "replications, days and metrics must each be at least 1, got "
              + replications
              + ", "
              + days
              + ", "
              + metrics);
    }
    long size = (long) replications * days * metrics;
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "one cell of "
              + replications
              + " replications × "
              + days
              + " days × "
              + metrics
              + " metrics = "
              + size
              + " values exceeds one array; use fewer replications or days per cell");
    }
    this.replications = replications;
    this.days = days;
    this.metrics = metrics;
    this.values = new double[(int) size];
    this.arrived = new boolean[replications];
  }

  /**
   * Stores one replicate's daily metrics.
   *
   * @param replicate replicate index in [0, replications)
   * @param daily daily[metric][day], finite values
   * @throws IllegalStateException when that replicate was already added or the cell is finished
   */
  public synchronized void add(int replicate, double[][] daily) {
    if (values == null) {
      throw new IllegalStateException("cell already finished; replicate " + replicate + " is late");
    }
    if (replicate < 0 || replicate >= replications) {
      throw new IllegalArgumentException(
          "replicate " + replicate + " is outside [0, " + replications + ")");
    }
    if (arrived[replicate]) {
      throw new IllegalStateException(
          "replicate " + replicate + " was already added; each replicate is counted once");
    }
    if (daily == null || daily.length != metrics) {
      throw new IllegalArgumentException(
          "replicate "
              + replicate
              + ": expected "
              + metrics
              + " metrics, got "
              + (daily == null ? "null" : daily.length));
    }
    for (int m = 0; m < metrics; m++) {
      if (daily[m] == null || daily[m].length != days) {
        throw new IllegalArgumentException(
            "replicate "
                + replicate
                + ", metric "
                + m
                + ": expected "
                + days
                + " days, got "
                + (daily[m] == null ? "null" : daily[m].length));
      }
      Checks.finiteValues("replicate " + replicate + " metric " + m + " day", daily[m]);
    }
    for (int m = 0; m < metrics; m++) {
      for (int d = 0; d < days; d++) {
        values[(m * days + d) * replications + replicate] = daily[m][d];
      }
    }
    arrived[replicate] = true;
    arrivedCount++;
  }

  /** Number of replicates added so far. */
  public synchronized int replicatesArrived() {
    return arrivedCount;
  }

  /** Whether every expected replicate has been added. */
  public synchronized boolean isComplete() {
    return arrivedCount == replications;
  }

  /**
   * Reduces the replicates that arrived (all of them, or fewer for an interrupted sweep) and
   * releases the buffer; the aggregator accepts nothing afterwards.
   *
   * @throws IllegalStateException when no replicate arrived or the cell was already finished
   */
  public synchronized DailyAggregate finish() {
    if (values == null) {
      throw new IllegalStateException("cell already finished");
    }
    if (arrivedCount == 0) {
      throw new IllegalStateException("no replicate arrived; there is nothing to aggregate");
    }
    int cells = metrics * days;
    double[] mean = new double[cells];
    double[] p5 = new double[cells];
    double[] p50 = new double[cells];
    double[] p95 = new double[cells];
    double[] column = new double[arrivedCount];
    for (int c = 0; c < cells; c++) {
      int filled = 0;
      for (int r = 0; r < replications; r++) {
        if (arrived[r]) {
          column[filled++] = values[c * replications + r];
        }
      }
      // Same arithmetic as Summary: mean summed in replicate order, then type-7 percentiles.
      mean[c] = Moments.mean(column);
      Arrays.sort(column);
      p5[c] = Percentiles.ofSorted(column, 0.05);
      p50[c] = Percentiles.ofSorted(column, 0.50);
      p95[c] = Percentiles.ofSorted(column, 0.95);
    }
    values = null;
    return new DailyAggregate(arrivedCount, days, metrics, mean, p5, p50, p95);
  }
}
