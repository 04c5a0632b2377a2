package badaboum.model;

import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;

/**
 * Writes one brand's daily metrics at the end of each day (and once for day 0), into arrays sized
 * for the whole run.
 */
public final class TraceRecorder {
  private final BrandCommunity brand;
  private final boolean countsFakeFans;
  private final double[][] values;

  public TraceRecorder(BrandCommunity brand, int days, boolean countsFakeFans) {
    this.brand = brand;
    this.countsFakeFans = countsFakeFans;
    this.values = new double[DailyMetric.values().length][days + 1];
  }

  public void record(int day) {
    DayCounters today = brand.counters();
    int followers = brand.followerCount();
    int active = brand.activeCount();
    int fans = brand.fans();
    int posts = today.posts();
    int organic = today.organicPosts();
    double perOrganicPostPerFan = organic > 0 && fans > 0 ? 1.0 / organic / fans : 0;
    // the reach is over the accounts the platform shows posts to
    int shownTo = countsFakeFans ? fans : followers;
    double perPostShown = posts > 0 && shownTo > 0 ? 1.0 / posts / shownTo : 0;
    set(DailyMetric.FANS, day, fans);
    set(DailyMetric.FOLLOWERS, day, followers);
    set(DailyMetric.ACTIVE, day, active);
    set(DailyMetric.DORMANT, day, followers - active);
    set(DailyMetric.AMBASSADORS, day, brand.ambassadorCount());
    set(DailyMetric.FAKE_FANS, day, brand.programme().fakeFans());
    set(DailyMetric.ENGAGEMENT_RATE, day, today.organicReactions() * perOrganicPostPerFan);
    set(DailyMetric.CONTEST_ENTRIES, day, today.contestEntries());
    set(DailyMetric.REACH, day, today.impressions() * perPostShown);
    set(DailyMetric.M2M_INTERACTIONS, day, today.m2mInteractions());
    set(DailyMetric.MEMBER_ANSWERS, day, today.memberAnswers());
    set(DailyMetric.REPLIES, day, today.replies());
    set(DailyMetric.UNANSWERED, day, today.unanswered());
    set(DailyMetric.SENTIMENT, day, Sentiment.of(brand));
    set(DailyMetric.NEW_FOLLOWERS, day, today.newFollowers());
    set(DailyMetric.UNFOLLOWS, day, today.unfollows());
    set(DailyMetric.SPEND, day, brand.programme().spend());
    set(DailyMetric.ALIVE, day, brand.programme().alive() ? 1 : 0);
  }

  public BrandTrace trace() {
    return new BrandTrace(brand.name(), values);
  }

  private void set(DailyMetric metric, int day, double value) {
    values[metric.ordinal()][day] = value;
  }
}
