package badaboum.report;

import badaboum.analysis.DailyAggregate;
import badaboum.result.DailyMetric;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's daily.csv: one row per (point, arm, brand, day) with, across the replicates of that
 * (point, arm), the mean and the 5th, 50th and 95th percentiles of each daily metric. {@code
 * replicates} is how many runs the row is computed from: the scenario's replications, minus the
 * runs that failed.
 */
public final class DailyCsv {
  private static final String[] STATISTICS = {"mean", "p5", "p50", "p95"};

  private DailyCsv() {}

  public static String header() {
    List<String> cells = new ArrayList<>(List.of("point", "arm", "brand", "day", "replicates"));
    for (DailyMetric metric : DailyMetric.values()) {
      for (String statistic : STATISTICS) {
        cells.add(metric.column() + "_" + statistic);
      }
    }
    return Csv.row(cells);
  }

  /** Number of cells in every row. */
  static int width() {
    return 5 + DailyMetric.values().length * STATISTICS.length;
  }

  /** The rows of one brand of one (point, arm), day 0 to the horizon. */
  static void rows(StringBuilder out, int point, String arm, String brand, DailyAggregate stats) {
    for (int day = 0; day < stats.days(); day++) {
      out.append(point)
          .append(',')
          .append(Csv.text(arm))
          .append(',')
          .append(Csv.text(brand))
          .append(',')
          .append(day)
          .append(',')
          .append(stats.replicates());
      for (DailyMetric metric : DailyMetric.values()) {
        int m = metric.ordinal();
        out.append(',').append(Csv.number(stats.mean(m, day)));
        out.append(',').append(Csv.number(stats.p5(m, day)));
        out.append(',').append(Csv.number(stats.p50(m, day)));
        out.append(',').append(Csv.number(stats.p95(m, day)));
      }
      out.append('\n');
    }
  }
}
