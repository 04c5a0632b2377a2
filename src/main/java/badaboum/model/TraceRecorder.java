package badaboum.model;

import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Writes one brand's daily metrics at the end of each day (and once for day 0), into arrays sized
 * for the whole run. A brand on several platforms is recorded per page and in total: in the total,
 * the people (followers, active members, ambassadors) are counted once however many of its pages
 * they follow, the day's events (posts, reactions, new followers, unfollows, replies) are summed
 * over the pages, and the mood is the mean over every page's followers.
 */
public final class TraceRecorder {
  private final String label;
  private final List<BrandCommunity> pages;
  private final boolean countsFakeFans;
  private final double[][] values;

  public TraceRecorder(BrandCommunity brand, int days, boolean countsFakeFans) {
    this(brand.name(), List.of(brand), days, countsFakeFans);
  }

  /** The total of a brand's {@code pages}, or one page, under {@code label}. */
  TraceRecorder(String label, List<BrandCommunity> pages, int days, boolean countsFakeFans) {
    this.label = label;
    this.pages = List.copyOf(pages);
    this.countsFakeFans = countsFakeFans;
    this.values = new double[DailyMetric.values().length][days + 1];
  }

  public void record(int day) {
    if (pages.isEmpty()) {
      return; // a platform the brand is not on: nothing happens there
    }
    if (pages.size() == 1) {
      recordOne(pages.get(0), day);
    } else {
      recordTotal(day);
    }
  }

  private void recordOne(BrandCommunity brand, int day) {
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

  private void recordTotal(int day) {
    int people = pages.get(0).audience().size();
    boolean[] follows = new boolean[people];
    boolean[] takesPart = new boolean[people];
    int followers = 0;
    int active = 0;
    int fake = 0;
    double reactions = 0;
    double fanPosts = 0;
    double impressions = 0;
    double shown = 0;
    double mood = 0;
    double followings = 0;
    double spend = 0;
    boolean alive = false;
    double[] flows = new double[FLOWS.length];
    for (BrandCommunity page : pages) {
      DayCounters today = page.counters();
      for (int i = 0; i < page.followerCount(); i++) {
        int person = page.follower(i);
        if (!follows[person]) {
          follows[person] = true;
          followers++;
        }
      }
      for (int i = 0; i < page.activeCount(); i++) {
        int person = page.activeMember(i);
        if (!takesPart[person]) {
          takesPart[person] = true;
          active++;
        }
      }
      fake += page.programme().fakeFans();
      reactions += today.organicReactions();
      fanPosts += (double) today.organicPosts() * page.fans();
      impressions += today.impressions();
      shown += (double) today.posts() * (countsFakeFans ? page.fans() : page.followerCount());
      mood += Sentiment.of(page) * page.followerCount();
      followings += page.followerCount();
      spend += page.programme().spend();
      alive |= page.programme().alive();
      for (int f = 0; f < FLOWS.length; f++) {
        flows[f] += FLOWS[f].count().applyAsDouble(today);
      }
    }
    set(DailyMetric.FANS, day, followers + fake);
    set(DailyMetric.FOLLOWERS, day, followers);
    set(DailyMetric.ACTIVE, day, active);
    set(DailyMetric.DORMANT, day, followers - active);
    set(DailyMetric.AMBASSADORS, day, distinctAmbassadors(people));
    set(DailyMetric.FAKE_FANS, day, fake);
    set(DailyMetric.ENGAGEMENT_RATE, day, fanPosts > 0 ? reactions / fanPosts : 0);
    set(DailyMetric.REACH, day, shown > 0 ? impressions / shown : 0);
    for (int f = 0; f < FLOWS.length; f++) {
      set(FLOWS[f].metric(), day, flows[f]);
    }
    set(DailyMetric.SENTIMENT, day, followings > 0 ? mood / followings : 0);
    set(DailyMetric.SPEND, day, spend);
    set(DailyMetric.ALIVE, day, alive ? 1 : 0);
  }

  private int distinctAmbassadors(int people) {
    boolean[] seen = new boolean[people];
    int count = 0;
    for (BrandCommunity page : pages) {
      for (int person : page.ambassadorSnapshot()) {
        if (!seen[person]) {
          seen[person] = true;
          count++;
        }
      }
    }
    return count;
  }

  /** A count of the day's events, summed over a brand's pages. */
  private record Flow(DailyMetric metric, ToDoubleFunction<DayCounters> count) {}

  private static final Flow[] FLOWS = {
    new Flow(DailyMetric.CONTEST_ENTRIES, DayCounters::contestEntries),
    new Flow(DailyMetric.M2M_INTERACTIONS, DayCounters::m2mInteractions),
    new Flow(DailyMetric.MEMBER_ANSWERS, DayCounters::memberAnswers),
    new Flow(DailyMetric.REPLIES, DayCounters::replies),
    new Flow(DailyMetric.UNANSWERED, DayCounters::unanswered),
    new Flow(DailyMetric.NEW_FOLLOWERS, DayCounters::newFollowers),
    new Flow(DailyMetric.UNFOLLOWS, DayCounters::unfollows)
  };

  public BrandTrace trace() {
    return new BrandTrace(label, values);
  }

  private void set(DailyMetric metric, int day, double value) {
    values[metric.ordinal()][day] = value;
  }
}
