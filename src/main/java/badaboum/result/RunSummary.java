package badaboum.result;

/** One brand's summary over a run: {@code values[metric.ordinal()]}, NaN where not applicable. */
public record RunSummary(String brand, double[] values) {
  /** Activity sustained itself after a cancellation if this share of it remained at the end. */
  static final double SUSTAINED_SHARE = 0.5;

  public RunSummary {
    if (values.length != SummaryMetric.values().length) {
      throw new IllegalArgumentException("one value per summary metric expected");
    }
  }

  public double get(SummaryMetric metric) {
    return values[metric.ordinal()];
  }

  /** Summarises a trace; everything is derived from the daily metrics, nothing else. */
  public static RunSummary of(BrandTrace trace) {
    double[] v = new double[SummaryMetric.values().length];
    double[] fans = trace.series(DailyMetric.FANS);
    double[] active = trace.series(DailyMetric.ACTIVE);
    double[] alive = trace.series(DailyMetric.ALIVE);
    int last = fans.length - 1;
    int peakDay = 0;
    double runningPeak = 0;
    double drawdown = 0;
    for (int day = 0; day <= last; day++) {
      if (fans[day] > fans[peakDay]) {
        peakDay = day;
      }
      runningPeak = Math.max(runningPeak, fans[day]);
      if (runningPeak > 0) {
        drawdown = Math.max(drawdown, (runningPeak - fans[day]) / runningPeak);
      }
    }
    int cancelDay = -1;
    for (int day = 0; day <= last && cancelDay < 0; day++) {
      if (alive[day] == 0) {
        cancelDay = day;
      }
    }
    double spend = trace.last(DailyMetric.SPEND);
    double finalActive = active[last];
    set(v, SummaryMetric.PEAK_FANS, fans[peakDay]);
    set(v, SummaryMetric.PEAK_DAY, peakDay);
    set(v, SummaryMetric.FINAL_FANS, fans[last]);
    set(v, SummaryMetric.FINAL_FOLLOWERS, trace.last(DailyMetric.FOLLOWERS));
    set(v, SummaryMetric.FINAL_ACTIVE, finalActive);
    set(v, SummaryMetric.FINAL_AMBASSADORS, trace.last(DailyMetric.AMBASSADORS));
    set(v, SummaryMetric.MEAN_ACTIVE, mean(active, 1, last));
    set(v, SummaryMetric.LARGEST_DRAWDOWN, drawdown);
    set(v, SummaryMetric.CANCELLED, cancelDay >= 0 ? 1 : 0);
    set(v, SummaryMetric.CANCEL_DAY, cancelDay >= 0 ? cancelDay : Double.NaN);
    set(v, SummaryMetric.TOTAL_SPEND, spend);
    set(v, SummaryMetric.COST_PER_ACTIVE, finalActive > 0 ? spend / finalActive : Double.NaN);
    set(v, SummaryMetric.M2M_TOTAL, sum(trace.series(DailyMetric.M2M_INTERACTIONS)));
    set(
        v,
        SummaryMetric.FAKE_SHARE,
        fans[last] > 0 ? trace.last(DailyMetric.FAKE_FANS) / fans[last] : 0);
    set(
        v,
        SummaryMetric.FINAL_ENGAGEMENT_RATE,
        mean(trace.series(DailyMetric.ENGAGEMENT_RATE), Math.max(1, last - 29), last));
    set(v, SummaryMetric.FINAL_SENTIMENT, trace.last(DailyMetric.SENTIMENT));
    double sustained = Double.NaN;
    if (cancelDay >= 0) {
      sustained = finalActive > 0 && finalActive >= SUSTAINED_SHARE * active[cancelDay] ? 1 : 0;
    }
    set(v, SummaryMetric.SUSTAINED, sustained);
    set(v, SummaryMetric.MEAN_FOLLOWERS, mean(trace.series(DailyMetric.FOLLOWERS), 1, last));
    set(v, SummaryMetric.MEAN_AMBASSADORS, mean(trace.series(DailyMetric.AMBASSADORS), 1, last));
    set(v, SummaryMetric.MEAN_SENTIMENT, mean(trace.series(DailyMetric.SENTIMENT), 1, last));
    double[] reach = trace.series(DailyMetric.REACH);
    set(
        v,
        SummaryMetric.MEAN_ENGAGEMENT_RATE,
        meanWhere(trace.series(DailyMetric.ENGAGEMENT_RATE), reach));
    set(v, SummaryMetric.MEAN_REACH, meanWhere(reach, reach));
    set(v, SummaryMetric.TOTAL_UNFOLLOWS, sum(trace.series(DailyMetric.UNFOLLOWS)));
    set(v, SummaryMetric.TOTAL_REPLIES, sum(trace.series(DailyMetric.REPLIES)));
    set(v, SummaryMetric.MEMBER_ANSWERS_TOTAL, sum(trace.series(DailyMetric.MEMBER_ANSWERS)));
    double[] m2m = trace.series(DailyMetric.M2M_INTERACTIONS);
    set(
        v,
        SummaryMetric.M2M_AFTER_CANCEL,
        cancelDay >= 0 && cancelDay < last
            ? mean(m2m, cancelDay + 1, last) * (last - cancelDay)
            : Double.NaN);
    set(
        v,
        SummaryMetric.ACTIVE_AFTER_CANCEL,
        cancelDay >= 0 && cancelDay < last ? mean(active, cancelDay + 1, last) : Double.NaN);
    return new RunSummary(trace.brand(), v);
  }

  private static void set(double[] v, SummaryMetric metric, double value) {
    v[metric.ordinal()] = value;
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double value : values) {
      total += value;
    }
    return total;
  }

  /** The mean of {@code values} over the days where {@code posted} is positive (0 if none). */
  private static double meanWhere(double[] values, double[] posted) {
    double total = 0;
    int days = 0;
    for (int i = 1; i < values.length; i++) {
      if (posted[i] > 0) {
        total += values[i];
        days++;
      }
    }
    return days == 0 ? 0 : total / days;
  }

  private static double mean(double[] values, int from, int to) {
    if (to < from) {
      return values[to];
    }
    double total = 0;
    for (int i = from; i <= to; i++) {
      total += values[i];
    }
    return total / (to - from + 1);
  }
}
