package badaboum.model;

import badaboum.scenario.ManagementSpec;
import badaboum.scenario.PlatformSpec;
import badaboum.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The brand's side of a community: its strategy, what it has spent, its community manager's time
 * today, its recent engagement as the platform sees it, its fake fans and bots, and whether
 * management still funds it.
 */
public final class Programme {
  /** Sums of fractions of minutes and posts are compared with this slack for rounding. */
  private static final double ROUNDING = 1e-9;

  private static final double DAYS_PER_WEEK = 7;

  private final StrategySpec strategy;
  private final ManagementSpec management;
  private final PlatformSpec platform;
  private boolean alive = true;
  private int cancelDay = -1;
  private double spend;
  private double minutesLeft;
  private double postCredit;
  private double recentReactions;
  private double recentImpressions;
  private final ContentType[] recentPosts;
  private int postsMade;
  private int fakeFans;
  private int spamBots;
  private int contestsRun;
  private int crisisAnswerDue = -1;
  private boolean crisisAnswered;
  private double crisisSeverity;
  private final CommentQueue comments = new CommentQueue();
  private double engagementSinceReview;
  private int postingDaysSinceReview;
  private int misses;
  private double lastReviewValue = Double.NaN;
  private double bestValue = Double.NaN;
  private final List<ProgrammeEvent> events = new ArrayList<>();

  Programme(
      StrategySpec strategy, ManagementSpec management, PlatformSpec platform, int promoMemory) {
    this.strategy = strategy;
    this.management = management;
    this.platform = platform;
    this.recentPosts = new ContentType[promoMemory];
  }

  public StrategySpec strategy() {
    return strategy;
  }

  public ManagementSpec management() {
    return management;
  }

  public boolean alive() {
    return alive;
  }

  public int cancelDay() {
    return cancelDay;
  }

  /** Management pulls the plug: no more posts, replies, ads, contests or moderation. */
  public void cancel(int day) {
    if (alive) {
      alive = false;
      cancelDay = day;
    }
  }

  public double spend() {
    return spend;
  }

  public void pay(double amount) {
    spend += amount;
  }

  /** The community manager's minutes for today, if the programme is alive. */
  void startDay() {
    minutesLeft = alive ? strategy.staffing().minutesPerDay() : 0;
  }

  public double minutesLeft() {
    return minutesLeft;
  }

  /** Takes up to {@code minutes} of today's time; returns the share of it that was available. */
  public double useMinutes(double minutes) {
    if (minutes <= 0) {
      return 1;
    }
    double share = Math.min(1, minutesLeft / minutes);
    minutesLeft = Math.max(0, minutesLeft - minutes);
    return share;
  }

  /** Whether one task of {@code minutes} still fits today; if so, it is done. */
  public boolean tryTask(double minutes) {
    if (minutesLeft + ROUNDING < minutes) {
      return false;
    }
    minutesLeft -= minutes;
    return true;
  }

  /** Posts due today under the plan: the weekly rate spread evenly, no randomness. */
  public int postsDueToday() {
    if (!alive) {
      return 0;
    }
    postCredit += strategy.postsPerWeek() / DAYS_PER_WEEK;
    int due = (int) Math.floor(postCredit + ROUNDING);
    postCredit -= due;
    return due;
  }

  public void rememberPost(ContentType type) {
    recentPosts[postsMade % recentPosts.length] = type;
    postsMade++;
  }

  /** Share of promotional posts among the last ones people remember. */
  public double recentPromotionalShare() {
    int n = Math.min(postsMade, recentPosts.length);
    if (n == 0) {
      return 0;
    }
    int promo = 0;
    for (int i = 0; i < n; i++) {
      if (recentPosts[i] == ContentType.PROMOTIONAL) {
        promo++;
      }
    }
    return promo / (double) n;
  }

  /**
   * The engagement the platform believes the page earns: reactions per impression in recent posting
   * days, each day weighing 1/memory less, shrunk towards the reference by a prior worth {@code
   * platform.engagement_prior_impressions} impressions, so that a small page's quiet day is not
   * read as a dead page. Per impression, not per fan: fake and dead fans are shown posts and never
   * react, which is how they cut reach; per fan, reach would feed on itself.
   */
  public double recentEngagement() {
    double prior = platform.engagementPriorImpressions();
    return (recentReactions + platform.referenceEngagement() * prior) / (recentImpressions + prior);
  }

  /** Mean engagement rate over the posting days since the last review (0 if none). */
  public double engagementSinceReview() {
    return postingDaysSinceReview == 0 ? 0 : engagementSinceReview / postingDaysSinceReview;
  }

  /** Management's memory between reviews. */
  public int misses() {
    return misses;
  }

  public double lastReviewValue() {
    return lastReviewValue;
  }

  public double bestValue() {
    return bestValue;
  }

  public void seeValue(double value, boolean higherIsBetter) {
    if (Double.isNaN(bestValue) || (higherIsBetter ? value > bestValue : value < bestValue)) {
      bestValue = value;
    }
  }

  /** Records a review's outcome; returns the misses in a row. */
  public int review(double value, boolean missed) {
    lastReviewValue = value;
    misses = missed ? misses + 1 : 0;
    engagementSinceReview = 0;
    postingDaysSinceReview = 0;
    return misses;
  }

  /**
   * A posting day as the platform counts it: reactions and impressions of regular posts (the signal
   * reach feeds on), and the organic reactions over the fan-posts (posts × fans): the engagement
   * rate management reads. Contest entries count in neither.
   */
  public void rememberEngagement(long organicReactions, long organicImpressions, double fanPosts) {
    engagementSinceReview += organicReactions / fanPosts;
    postingDaysSinceReview++;
    double keep = 1 - 1.0 / platform.engagementMemoryDays();
    recentReactions = keep * recentReactions + organicReactions;
    recentImpressions = keep * recentImpressions + organicImpressions;
  }

  /**
   * Organic reach as a share of fans: the platform's base, falling as the page grows beyond the
   * reference size, and fed back from recent engagement (dead or fake fans cut it).
   */
  public double organicReach(int fans) {
    double size =
        fans > platform.reachReferenceFans()
            ? Math.pow(
                platform.reachReferenceFans() / (double) fans, platform.reachSizeElasticity())
            : 1;
    double feedback =
        Math.pow(recentEngagement() / platform.referenceEngagement(), platform.reachFeedback());
    double reach = platform.organicReach() * size * feedback;
    return Math.max(platform.minReach(), Math.min(platform.maxReach(), reach));
  }

  public int fakeFans() {
    return fakeFans;
  }

  public void addFakeFans(int count) {
    fakeFans += count;
  }

  public void removeFakeFans(int count) {
    fakeFans = Math.max(0, fakeFans - count);
  }

  public int spamBots() {
    return spamBots;
  }

  public void setSpamBots(int count) {
    spamBots = count;
  }

  public int contestsRun() {
    return contestsRun;
  }

  public void countContest() {
    contestsRun++;
  }

  /** A crisis breaks out: the brand owes an answer on {@code due} (-1: nobody will answer). */
  public void crisisBreaks(double severity, int due) {
    crisisSeverity = severity;
    crisisAnswerDue = due;
    crisisAnswered = false;
  }

  public double crisisSeverity() {
    return crisisSeverity;
  }

  /** The day the brand's answer is due, or -1 when none is pending. */
  public int crisisAnswerDue() {
    return crisisAnswerDue;
  }

  public void postponeCrisisAnswer(int day) {
    crisisAnswerDue = day;
  }

  public void markCrisisAnswered() {
    crisisAnswered = true;
    crisisAnswerDue = -1;
  }

  public boolean crisisAnswered() {
    return crisisAnswered;
  }

  public CommentQueue comments() {
    return comments;
  }

  public List<ProgrammeEvent> events() {
    return events;
  }

  public void log(int day, String brand, String text) {
    events.add(new ProgrammeEvent(day, brand, text));
  }
}
