package badaboum.result;

/** The summary of one brand over one run, in column order. NaN means "does not apply". */
public enum SummaryMetric {
  PEAK_FANS("peak_fans", "most fans on any day"),
  PEAK_DAY("peak_day", "the first day with that many fans"),
  FINAL_FANS("final_fans", "fans on the last day"),
  FINAL_FOLLOWERS("final_followers", "real followers on the last day"),
  FINAL_ACTIVE("final_active", "active members on the last day"),
  FINAL_AMBASSADORS("final_ambassadors", "ambassadors on the last day"),
  MEAN_ACTIVE("mean_active", "active members, averaged over the days"),
  LARGEST_DRAWDOWN("largest_drawdown", "largest fall of fans from an earlier peak, as a share"),
  CANCELLED("cancelled", "1 if management cancelled the programme, else 0"),
  CANCEL_DAY("cancel_day", "the day it was cancelled (empty if never)"),
  TOTAL_SPEND("total_spend", "everything spent, in currency units"),
  COST_PER_ACTIVE("cost_per_active", "total spend per active member on the last day"),
  M2M_TOTAL("m2m_total", "member-to-member interactions over the run"),
  FAKE_SHARE("fake_share", "share of fans that are fake on the last day"),
  FINAL_ENGAGEMENT_RATE("final_engagement_rate", "engagement rate over the last 30 days"),
  FINAL_SENTIMENT("final_sentiment", "sentiment on the last day"),
  SUSTAINED(
      "sustained", "after a cancellation: 1 if at least half the active members remained, else 0"),
  MEAN_FOLLOWERS("mean_followers", "real followers, averaged over the days"),
  MEAN_AMBASSADORS("mean_ambassadors", "ambassadors, averaged over the days"),
  MEAN_SENTIMENT("mean_sentiment", "sentiment, averaged over the days"),
  MEAN_ENGAGEMENT_RATE(
      "mean_engagement_rate", "engagement rate, averaged over the days the page posted"),
  MEAN_REACH("mean_reach", "reach, averaged over the days the page posted"),
  TOTAL_UNFOLLOWS("total_unfollows", "unfollows over the run"),
  TOTAL_REPLIES("total_replies", "comments the brand answered over the run"),
  MEMBER_ANSWERS_TOTAL("member_answers_total", "comments answered by a fellow member over the run"),
  M2M_AFTER_CANCEL(
      "m2m_after_cancel",
      "after a cancellation: member-to-member interactions over the days that followed (empty if"
          + " never cancelled)"),
  ACTIVE_AFTER_CANCEL(
      "active_after_cancel",
      "after a cancellation: active members averaged over the days that followed (empty if never"
          + " cancelled)");

  private final String column;
  private final String meaning;

  SummaryMetric(String column, String meaning) {
    this.column = column;
    this.meaning = meaning;
  }

  public String column() {
    return column;
  }

  public String meaning() {
    return meaning;
  }
}
