package badaboum.result;

/**
 * The daily metrics of one brand, in column order. Declared once here so that every CSV header and
 * row come from the same list.
 */
public enum DailyMetric {
  FANS("fans", "all accounts following the page, bought fake fans included"),
  FOLLOWERS("followers", "real people following the page"),
  ACTIVE("active", "followers who engaged within the active window"),
  DORMANT("dormant", "followers who did not"),
  AMBASSADORS("ambassadors", "followers who defend and promote the brand"),
  FAKE_FANS("fake_fans", "bought or bot accounts following the page"),
  ENGAGEMENT_RATE(
      "engagement_rate",
      "reactions to regular posts and polls per post divided by fans, as a fraction (contest"
          + " entries are not reactions)"),
  CONTEST_ENTRIES("contest_entries", "contest entries that day, counted apart from reactions"),
  REACH("reach", "people shown a post that day divided by fans, as a fraction"),
  M2M_INTERACTIONS("m2m_interactions", "member-to-member interactions that day"),
  MEMBER_ANSWERS(
      "member_answers", "comments a fellow member answered that day (part of m2m_interactions)"),
  REPLIES("replies", "comments the brand answered that day"),
  UNANSWERED("unanswered", "comments that expired unanswered that day"),
  SENTIMENT("sentiment", "mean opinion of followers, from -1 (hostile) to 1 (delighted)"),
  NEW_FOLLOWERS("new_followers", "people who started following that day"),
  UNFOLLOWS("unfollows", "people who stopped following that day"),
  SPEND("spend", "cumulative spend in currency units"),
  ALIVE("alive", "1 while the programme runs, 0 once management cancelled it");

  private final String column;
  private final String meaning;

  DailyMetric(String column, String meaning) {
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
