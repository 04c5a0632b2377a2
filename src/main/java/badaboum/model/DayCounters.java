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

  public void addComment() {
    comments++;
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
