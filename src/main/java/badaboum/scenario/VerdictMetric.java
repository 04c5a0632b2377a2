package badaboum.scenario;

/**
 * What a scenario's verdict leads with: a metric of the focal brand, on the last day or over the
 * whole run, each a column of runs.csv.
 */
public enum VerdictMetric implements Labelled {
  ACTIVE_MEMBERS("active_members", "active members", "final_active", "mean_active", true),
  MEMBER_INTERACTIONS(
      "member_interactions", "member-to-member interactions", null, "m2m_total", true),
  FOLLOWERS("followers", "real followers", "final_followers", "mean_followers", true),
  FANS("fans", "fans", "final_fans", null, true),
  SENTIMENT("sentiment", "sentiment", "final_sentiment", "mean_sentiment", true),
  ENGAGEMENT_RATE(
      "engagement_rate", "engagement rate", "final_engagement_rate", "mean_engagement_rate", true),
  REACH("reach", "organic reach", null, "mean_reach", true),
  AMBASSADORS("ambassadors", "ambassadors", "final_ambassadors", "mean_ambassadors", true),
  UNFOLLOWS("unfollows", "unfollows", null, "total_unfollows", false),
  CANCELLED("cancelled", "cancellations", "cancelled", "cancelled", false),
  MEMBER_INTERACTIONS_AFTER_CANCELLATION(
      "member_interactions_after_cancellation",
      "member-to-member interactions after the cancellation",
      null,
      "m2m_after_cancel",
      true),
  ACTIVE_AFTER_CANCELLATION(
      "active_after_cancellation",
      "active members after the cancellation",
      null,
      "active_after_cancel",
      true);

  private final String label;
  private final String words;
  private final String finalColumn;
  private final String wholeRunColumn;
  private final boolean higherIsBetter;

  VerdictMetric(
      String label,
      String words,
      String finalColumn,
      String wholeRunColumn,
      boolean higherIsBetter) {
    this.label = label;
    this.words = words;
    this.finalColumn = finalColumn;
    this.wholeRunColumn = wholeRunColumn;
    this.higherIsBetter = higherIsBetter;
  }

  @Override
  public String label() {
    return label;
  }

  /** The metric in plain words, for the verdict. */
  public String words() {
    return words;
  }

  /** The runs.csv column of this metric over {@code over}, or null when it has none. */
  public String column(VerdictSpec.Over over) {
    return over == VerdictSpec.Over.FINAL ? finalColumn : wholeRunColumn;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }
}
