package badaboum.analysis;

/**
 * Per-day statistics across the replicates of one (point, arm) cell, produced by {@link
 * DailyAggregator#finish()}. Immutable.
 */
public final class DailyAggregate {
  private final int replicates;
  private final int days;
  private final int metrics;
  // Each indexed [metric·days + day].
  private final double[] mean;
  private final double[] p5;
  private final double[] p50;
  private final double[] p95;

  DailyAggregate(
      int replicates,
      int days,
      int metrics,
      double[] mean,
      double[] p5,
      double[] p50,
      double[] p95) {
    this.replicates = replicates;
    this.days = days;
    this.metrics = metrics;
    this.mean = mean;
    this.p5 = p5;
    this.p50 = p50;
    this.p95 = p95;
  }

  /** Number of replicates the statistics are computed from. */
  public int replicates() {
    return replicates;
  }

  public int days() {
    return days;
  }

  public int metrics() {
    return metrics;
  }

  /** Mean across replicates, summed in replicate order. */
  public double mean(int metric, int day) {
    return mean[index(metric, day)];
  }

  /** 5th percentile across replicates ({@link Percentiles} type 7). */
  public double p5(int metric, int day) {
    return p5[index(metric, day)];
  }

  /** Median across replicates (type 7). */
  public double p50(int metric, int day) {
    return p50[index(metric, day)];
  }

  /** 95th percentile across replicates (type 7). */
  public double p95(int metric, int day) {
    return p95[index(metric, day)];
  }

  private int index(int metric, int day) {
    if (metric < 0 || metric >= metrics || day < 0 || day >= days) {
      throw new IndexOutOfBoundsException(
          "metric "
              + metric
              + ", day "
              + day
              + " is outside "
              + metrics
              + " metrics × "
              + days
              + " days");
    }
    return metric * days + day;
  }
}
