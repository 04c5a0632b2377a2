package badaboum.model;

/** What happened to one brand today: the flows that the day's record reports. */
public final class DayCounters {
  int newFollowers;
  int unfollows;
  long m2mInteractions;
  int posts;
  int organicPosts;
  long impressions;
  long reactions;
  long comments;
  long shares;
  long organicReactions;
  long organicImpressions;
  int replies;
  int unanswered;
  int memberAnswers;
  long contestEntries;

  void reset() {
    newFollowers = 0;
    unfollows = 0;
    m2mInteractions = 0;
    posts = 0;
    organicPosts = 0;
    impressions = 0;
    reactions = 0;
    comments = 0;
    shares = 0;
    organicReactions = 0;
    organicImpressions = 0;
    replies = 0;
    unanswered = 0;
    memberAnswers = 0;
    contestEntries = 0;
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

  /** Reactions to regular posts and polls (never contest entries): the engagement of the page. */
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

  /** A post: regular posts and polls are organic; a contest post is not content. */
  public void addPost(boolean organic) {
    posts++;
    if (organic) {
      organicPosts++;
    }
  }

  /** Regular posts and polls: what the engagement rate is per. */
  public int organicPosts() {
    return organicPosts;
  }

  public void addImpression() {
    impressions++;
  }

  /** An entry into a contest: not a reaction to the page's content, counted apart. */
  public void addContestEntry() {
    contestEntries++;
  }

  public long contestEntries() {
    return contestEntries;
  }

  /** A member answered another member's comment: a member-to-member interaction too. */
  public void addMemberAnswer() {
    memberAnswers++;
    m2mInteractions++;
  }

  public int memberAnswers() {
    return memberAnswers;
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
