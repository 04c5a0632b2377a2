package badaboum.report;

import badaboum.analysis.Percentiles;
import badaboum.result.DailyMetric;
import badaboum.result.SweepLayout;
import badaboum.results.DailyCsv;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The focal brand's daily curves per arm, read as a stream from daily.csv, for the report's charts.
 *
 * <p>With one point: each day's mean across replicates, with the 5th–95th percentile band across
 * replicates, as daily.csv has them. With several points, the curves pool the design: each day's
 * mean of the points' means, with the 5th–95th percentile band of the points' means (how much the
 * design's parameters move the average run, not how much runs vary). Memory: one float per point,
 * arm, charted metric and day.
 *
 * <p>Curves run to the longest horizon of the points; a point of a shorter horizon (a design
 * varying {@code days}) stops at its own, and the pooled curve goes on with the points that run
 * longer.
 *
 * <p>An interrupted sweep's daily.csv lacks the cells not yet complete: an arm without rows is
 * absent ({@link #has}); a partial last line is ignored.
 */
public final class DailySeries {
  /** The daily metrics the report charts. */
  public static final List<DailyMetric> CHARTED =
      List.of(
          DailyMetric.FANS,
          DailyMetric.ACTIVE,
          DailyMetric.ENGAGEMENT_RATE,
          DailyMetric.SENTIMENT,
          DailyMetric.SPEND);

  private final int arms;
  private final int days;
  private final boolean pooled;
  private final double[][][] mean; // [arm][metric][day]
  private final double[][][] low;
  private final double[][][] high;
  private final int[] cells; // points (or replicates when one point) behind each arm's curve

  private DailySeries(
      int arms,
      int days,
      boolean pooled,
      double[][][] mean,
      double[][][] low,
      double[][][] high,
      int[] cells) {
    this.arms = arms;
    this.days = days;
    this.pooled = pooled;
    this.mean = mean;
    this.low = low;
    this.high = high;
    this.cells = cells;
  }

  /**
   * Reads {@code folder}/daily.csv; null when the file is missing or is not this sweep's (the
   * report then says so instead of drawing curves).
   *
   * @param horizon the longest of the points' days; curves run from day 0 to it
   */
  public static DailySeries read(Path folder, SweepLayout layout, int horizon) {
    int days = horizon + 1;
    int arms = layout.arms().size();
    int points = layout.points();
    int metrics = CHARTED.size();
    boolean pooled = points > 1;
    double[][][] mean = nans(arms, metrics, days);
    double[][][] low = nans(arms, metrics, days);
    double[][][] high = nans(arms, metrics, days);
    // pooled: the points' means, [(point·arms + arm)·metrics + metric][day]
    float[][] pointMeans = pooled ? new float[points * arms * metrics][] : null;
    int[] cells = new int[arms];
    // the first rows of a cell are the focal brand's (its total, on several platforms)
    Map<Integer, List<String>> focal = new HashMap<>(); // looked up, never iterated
    DailyCsv.Reading reading =
        DailyCsv.read(
            folder,
            row -> {
              if (row.cells() == null) {
                return;
              }
              int point = row.point();
              int arm = layout.arms().indexOf(row.arm());
              int day = row.day();
              if (arm < 0 || point < 0 || point >= points || day < 0 || day >= days) {
                return;
              }
              int cell = layout.cell(point, arm);
              List<String> whose = List.of(row.brand(), row.platform());
              if (!focal.computeIfAbsent(cell, c -> whose).equals(whose)) {
                return; // another brand, or a page: the report is about the focal brand's total
              }
              for (int m = 0; m < metrics; m++) {
                DailyMetric metric = CHARTED.get(m);
                if (!pooled) {
                  mean[arm][m][day] = row.value(metric, 0);
                  low[arm][m][day] = row.value(metric, 1);
                  high[arm][m][day] = row.value(metric, 3);
                } else {
                  int slot = (point * arms + arm) * metrics + m;
                  if (pointMeans[slot] == null) {
                    pointMeans[slot] = new float[days];
                    Arrays.fill(pointMeans[slot], Float.NaN);
                  }
                  pointMeans[slot][day] = (float) row.value(metric, 0);
                }
              }
              if (day == 0) {
                cells[arm] += pooled ? 1 : row.replicates();
              }
            });
    if (reading != DailyCsv.Reading.READ) {
      return null;
    }
    if (pooled) {
      pool(pointMeans, points, arms, metrics, days, mean, low, high);
    }
    return new DailySeries(arms, days, pooled, mean, low, high, cells);
  }

  private static void pool(
      float[][] pointMeans,
      int points,
      int arms,
      int metrics,
      int days,
      double[][][] mean,
      double[][][] low,
      double[][][] high) {
    double[] column = new double[points];
    for (int arm = 0; arm < arms; arm++) {
      for (int m = 0; m < metrics; m++) {
        for (int day = 0; day < days; day++) {
          int n = 0;
          for (int p = 0; p < points; p++) {
            float[] series = pointMeans[(p * arms + arm) * metrics + m];
            if (series != null && !Float.isNaN(series[day])) {
              column[n++] = series[day];
            }
          }
          if (n == 0) {
            continue;
          }
          double[] values = Arrays.copyOf(column, n);
          double sum = 0;
          for (double v : values) {
            sum += v;
          }
          Arrays.sort(values);
          mean[arm][m][day] = sum / n;
          low[arm][m][day] = Percentiles.ofSorted(values, 0.05);
          high[arm][m][day] = Percentiles.ofSorted(values, 0.95);
        }
      }
    }
  }

  private static double[][][] nans(int arms, int metrics, int days) {
    double[][][] values = new double[arms][metrics][days];
    for (double[][] a : values) {
      for (double[] m : a) {
        Arrays.fill(m, Double.NaN);
      }
    }
    return values;
  }

  /** Whether the curves pool several points (band across points' means). */
  public boolean pooled() {
    return pooled;
  }

  /** Days 0 to the horizon: horizon + 1. */
  public int days() {
    return days;
  }

  /** Whether daily.csv had rows for the arm. */
  public boolean has(int arm) {
    return cells[arm] > 0;
  }

  /** Replicates (one point) or points (pooled) behind the arm's curve, as daily.csv says. */
  public int cells(int arm) {
    return cells[arm];
  }

  public int arms() {
    return arms;
  }

  public double mean(int arm, DailyMetric metric, int day) {
    return mean[arm][CHARTED.indexOf(metric)][day];
  }

  public double low(int arm, DailyMetric metric, int day) {
    return low[arm][CHARTED.indexOf(metric)][day];
  }

  public double high(int arm, DailyMetric metric, int day) {
    return high[arm][CHARTED.indexOf(metric)][day];
  }
}
