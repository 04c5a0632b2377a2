package badaboum.model;

/**
 * How much each kind of experience moves a member's satisfaction (see {@link
 * BrandCommunity#experience}): a weight (how much this one experience counts) and, where fixed, the
 * value it pulls towards (0 bad, 1 delightful). In one place so that their balance can be read and
 * tuned together; DESIGN.md §2 step 7 lists the causes.
 */
public final class Experiences {
  private Experiences() {}

  /** Seeing a post: pulls towards its relevance, scaled so that a good decentred post is 0.8. */
  public static final double POST_WEIGHT = 0.02;

  public static final double RELEVANCE_FOR_DELIGHT = 0.6;

  /** Promotional overload: above this share of recent posts, promotion grates. */
  public static final double PROMO_TOLERANCE = 0.3;

  /** A reply to one's own comment counts a lot. */
  public static final double REPLY_WEIGHT = 0.3;

  /** Reply value halves with each hour of delay: minutes beat hours (industry studies). */
  public static final double REPLY_HALF_LIFE_HOURS = 1.0;

  /** A comment left unanswered. */
  public static final double UNANSWERED_VALUE = 0.1;

  public static final double UNANSWERED_WEIGHT = 0.2;

  /** Days a comment waits before it counts as unanswered. */
  public static final int REPLY_PATIENCE_DAYS = 2;

  /** Members who see an exchange (or its absence) under a post. */
  public static final int OBSERVERS = 3;

  public static final double OBSERVER_WEIGHT = 0.03;

  /** An ambassador answering a member the brand left unanswered. */
  public static final double AMBASSADOR_ANSWER_VALUE = 0.8;

  /** Being asked one's opinion in a poll. */
  public static final double POLL_VALUE = 0.8;

  public static final double POLL_WEIGHT = 0.1;

  /** Talking with another member. */
  public static final double PEER_VALUE = 0.9;

  public static final double PEER_WEIGHT = 0.03;

  /** Spam or a troll seen under a post. */
  public static final double SPAM_VALUE = 0.1;

  public static final double SPAM_WEIGHT = 0.05;

  /** Members who see one unmoderated spam item. */
  public static final int SPAM_VIEWERS = 5;

  /** A genuine member seeing yet another contest: pulls towards its alignment, more each time. */
  public static final double CONTEST_WEIGHT = 0.02;

  /** Getting outraged in a crisis. */
  public static final double OUTRAGE_WEIGHT = 0.3;

  /** Answered outside the page, where nobody expected the brand (Wine Library, 5 minutes). */
  public static final double LISTENING_WEIGHT = 0.5;

  /** Reply value in [0, 1] after a delay, with the personal touch. */
  public static double replyValue(double delayHours, double personal) {
    double speed = Math.pow(0.5, delayHours / REPLY_HALF_LIFE_HOURS);
    return 0.5 + 0.5 * (0.4 + 0.6 * speed) * (0.5 + 0.5 * personal);
  }
}
