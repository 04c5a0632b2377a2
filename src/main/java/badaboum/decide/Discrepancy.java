package badaboum.decide;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How far the model's days are from the history's, over the days fitted (0 to {@code fitLast}):
 *
 * <ul>
 *   <li>summaries: per column, the mean of each of {@code windows} equal spans of the days fitted
 *       (over the days with data), divided by the standard deviation of the history's daily values
 *       (so that followers in thousands and unfollows in units weigh alike); a window's mean
 *       averages away most of the day-to-day noise of a count;
 *   <li>the fit's distance: the squared Euclidean distance between the summaries of the history and
 *       those of the model's mean over replicates;
 *   <li>the normalised RMSE of a column: its RMSE over a span of days ÷ the range of the history's
 *       values over all its days (the same yardstick for the days fitted and the days held out).
 * </ul>
 */
final class Discrepancy {
  private final History history;
  private final int fitLast;
  private final List<HistoryColumn> columns;
  private final Map<HistoryColumn, Double> scale = new EnumMap<>(HistoryColumn.class);
  private final List<int[]> spans = new ArrayList<>();
  private final List<HistoryColumn> spanColumns = new ArrayList<>();
  private final double[] observed;

  Discrepancy(History history, int fitLast, int windows) {
    this.history = history;
    this.fitLast = fitLast;
    List<HistoryColumn> usable = new ArrayList<>();
    for (HistoryColumn c : history.fitted()) {
      if (history.count(c, fitLast) >= 2) {
        usable.add(c);
        scale.put(c, scale(history.series(c), fitLast));
      }
    }
    this.columns = List.copyOf(usable);
    int k = Math.max(1, Math.min(windows, (fitLast + 1) / 7));
    for (HistoryColumn c : columns) {
      for (int w = 0; w < k; w++) {
        int from = (int) ((long) w * (fitLast + 1) / k);
        int to = (int) ((long) (w + 1) * (fitLast + 1) / k) - 1;
        if (count(history.series(c), from, to) > 0) {
          spans.add(new int[] {from, to});
          spanColumns.add(c);
        }
      }
    }
    this.observed = summariesOf(historyValues());
  }

  /** The columns compared: those with at least two days of data in the days fitted. */
  List<HistoryColumn> columns() {
    return columns;
  }

  int fitLast() {
    return fitLast;
  }

  double[] observed() {
    return observed.clone();
  }

  int summaryCount() {
    return spans.size();
  }

  private Map<HistoryColumn, double[]> historyValues() {
    Map<HistoryColumn, double[]> values = new EnumMap<>(HistoryColumn.class);
    columns.forEach(c -> values.put(c, history.series(c)));
    return values;
  }

  /**
   * The fit's distance of the model's mean days from the history's: the squared distance between
   * their summaries.
   */
  double distance(Map<HistoryColumn, double[]> model) {
    double[] m = summariesOf(model);
    double total = 0;
    for (int i = 0; i < m.length; i++) {
      double e = m[i] - observed[i];
      total += e * e;
    }
    return total;
  }

  /** The summaries of a run's (or the history's) days. */
  double[] summariesOf(Map<HistoryColumn, double[]> values) {
    double[] out = new double[spans.size()];
    for (int i = 0; i < out.length; i++) {
      HistoryColumn c = spanColumns.get(i);
      double[] y = history.series(c);
      double[] v = values.get(c);
      double sum = 0;
      int n = 0;
      for (int d = spans.get(i)[0]; d <= spans.get(i)[1]; d++) {
        if (!Double.isNaN(y[d])) {
          sum += v[d];
          n++;
        }
      }
      out[i] = sum / n / scale.get(c);
    }
    return out;
  }

  /** The normalised RMSE of {@code model} against the history over days {@code from..to}. */
  double nrmse(HistoryColumn c, double[] model, int from, int to) {
    double[] y = history.series(c);
    double sum = 0;
    int n = 0;
    for (int d = from; d <= Math.min(to, history.lastDay()); d++) {
      if (!Double.isNaN(y[d])) {
        double e = y[d] - model[d];
        sum += e * e;
        n++;
      }
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : y) {
      if (!Double.isNaN(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    double range = max - min;
    double rmse = Math.sqrt(sum / n);
    return range > 0 ? rmse / range : rmse / Math.max(1, Math.abs(max));
  }

  /** The standard deviation of a column's values up to {@code last}; at least 1 count. */
  private static double scale(double[] y, int last) {
    double sum = 0;
    double sq = 0;
    int n = 0;
    for (int d = 0; d <= last; d++) {
      if (!Double.isNaN(y[d])) {
        sum += y[d];
        sq += y[d] * y[d];
        n++;
      }
    }
    double mean = sum / n;
    double variance = Math.max(0, sq / n - mean * mean);
    // a column that hardly moves (unfollows of a small page) is measured in counts of one
    return Math.max(1, Math.sqrt(variance));
  }

  private static int count(double[] y, int from, int to) {
    int n = 0;
    for (int d = from; d <= to; d++) {
      n += Double.isNaN(y[d]) ? 0 : 1;
    }
    return n;
  }
}
