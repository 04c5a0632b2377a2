package badaboum.model;

/** What happened to one brand today: the flows that the day's record reports. */
public final class DayCounters {
  int newFollowers;
  int unfollows;
  long m2mInteractions;
  int posts;
  long impressions;
  long reactions;
  long comments;
  long shares;
  long organicReactions;
  long organicImpressions;
  int replies;
  int unanswered;

  void reset() {
    newFollowers = 0;
    unfollows = 0;
    m2mInteractions = 0;
    posts = 0;
    impressions = 0;
    reactions = 0;
    comments = 0;
    shares = 0;
    organicReactions = 0;
    organicImpressions = 0;
    replies = 0;
    unanswered = 0;
  }

  public int newFollowers() {
    return newFollowers;
  }

  public int unfollows() {
    return unfollows;
  }

  public long m2mInteractions() {
    return m2mInteractions;
  }

  public int posts() {
    return posts;
  }

  public long impressions() {
    return impressions;
  }

  public long reactions() {
    return reactions;
  }

  public long comments() {
    return comments;
  }

  public long shares() {
    return shares;
  }

  public int replies() {
    return replies;
  }

  public int unanswered() {
    return unanswered;
  }

  /** Reactions to regular posts and polls, the signal the platform's reach feeds on. */
  public long organicReactions() {
    return organicReactions;
  }

  public long organicImpressions() {
    return organicImpressions;
  }

  /** A regular post was seen: counted for the platform's engagement signal too. */
  public void addOrganicImpression() {
    impressions++;
    organicImpressions++;
  }

  public void addOrganicReaction() {
    reactions++;
    organicReactions++;
  }

  public void addInteraction() {
    m2mInteractions++;
  }

  public void addPost() {
    posts++;
  }

  public void addImpression() {
    impressions++;
  }

  public void addReaction() {
    reactions++;
  }

  public void addShare() {
    shares++;
  }

  public void addReply() {
    replies++;
  }

  public void addUnanswered() {
    unanswered++;
  }
}
