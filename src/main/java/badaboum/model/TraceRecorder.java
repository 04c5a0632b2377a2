package badaboum.model;

import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;

/**
 * Writes one brand's daily metrics at the end of each day (and once for day 0), into arrays sized
 * for the whole run.
 */
public final class TraceRecorder {
  private final BrandCommunity brand;
  private final double[][] values;

  public TraceRecorder(BrandCommunity brand, int days) {
    this.brand = brand;
    this.values = new double[DailyMetric.values().length][days + 1];
  }

  public void record(int day) {
    DayCounters today = brand.counters();
    int followers = brand.followerCount();
    int active = brand.activeCount();
    set(DailyMetric.FANS, day, followers);
    set(DailyMetric.FOLLOWERS, day, followers);
    set(DailyMetric.ACTIVE, day, active);
    set(DailyMetric.DORMANT, day, followers - active);
    set(DailyMetric.AMBASSADORS, day, 0);
    set(DailyMetric.FAKE_FANS, day, 0);
    set(DailyMetric.ENGAGEMENT_RATE, day, 0);
    set(DailyMetric.REACH, day, 0);
    set(DailyMetric.M2M_INTERACTIONS, day, today.m2mInteractions());
    set(DailyMetric.REPLIES, day, 0);
    set(DailyMetric.UNANSWERED, day, 0);
    set(DailyMetric.SENTIMENT, day, sentiment());
    set(DailyMetric.NEW_FOLLOWERS, day, today.newFollowers());
    set(DailyMetric.UNFOLLOWS, day, today.unfollows());
    set(DailyMetric.SPEND, day, 0);
    set(DailyMetric.ALIVE, day, 1);
  }

  public BrandTrace trace() {
    return new BrandTrace(brand.name(), values);
  }

  /** Mean of 2·satisfaction − 1 over followers: 0 when indifferent, 1 when all delighted. */
  private double sentiment() {
    int followers = brand.followerCount();
    if (followers == 0) {
      return 0;
    }
    double total = 0;
    for (int i = 0; i < followers; i++) {
      total += 2 * brand.satisfaction(brand.follower(i)) - 1;
    }
    return total / followers;
  }

  private void set(DailyMetric metric, int day, double value) {
    values[metric.ordinal()][day] = value;
  }
}
