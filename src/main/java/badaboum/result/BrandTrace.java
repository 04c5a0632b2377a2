package badaboum.result;

/**
 * One brand's daily metrics over a run: {@code values[metric.ordinal()][day]} for days 0 (the
 * starting state) to the horizon.
 */
public record BrandTrace(String brand, double[][] values) {

  public BrandTrace {
    if (values.length != DailyMetric.values().length) {
      throw new IllegalArgumentException("one row of values per daily metric expected");
    }
  }

  public int days() {
    return values[0].length - 1;
  }

  public double get(DailyMetric metric, int day) {
    return values[metric.ordinal()][day];
  }

  public double[] series(DailyMetric metric) {
    return values[metric.ordinal()];
  }

  public double last(DailyMetric metric) {
    double[] series = series(metric);
    return series[series.length - 1];
  }
}
