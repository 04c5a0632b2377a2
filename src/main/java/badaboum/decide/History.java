package badaboum.decide;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A page's daily history, day 0 being its first row: for each column read, one value per day from 0
 * to {@link #lastDay()}, NaN where the day is missing or the cell empty.
 *
 * @param start the date of day 0 as written, or "" when the file numbers its days
 * @param values the columns read, in {@link HistoryColumn} order
 */
public record History(String start, int lastDay, Map<HistoryColumn, double[]> values) {

  public History {
    values = new EnumMap<>(values);
  }

  public List<HistoryColumn> columns() {
    return List.copyOf(values.keySet());
  }

  /** The columns compared with the model. */
  public List<HistoryColumn> fitted() {
    return values.keySet().stream().filter(HistoryColumn::fitted).toList();
  }

  public double[] series(HistoryColumn column) {
    return values.get(column);
  }

  public boolean has(HistoryColumn column) {
    return values.containsKey(column);
  }

  /** Days with a value in {@code column}, up to {@code lastDay} included. */
  public int count(HistoryColumn column, int upTo) {
    int n = 0;
    double[] v = values.get(column);
    for (int d = 0; d <= Math.min(upTo, lastDay); d++) {
      n += Double.isNaN(v[d]) ? 0 : 1;
    }
    return n;
  }
}
