package badaboum.model;

import java.util.Arrays;

/**
 * What each person has given the page: the comments they wrote, their reactions to its regular
 * posts and polls, and the last day they reacted (for members.csv and the "engaged within six
 * weeks" pattern; no mechanism reads them).
 */
public final class Contributions {
  private static final int NEVER = -1;

  private final int[] comments;
  private final int[] reactions;
  private final int[] lastReacted;

  Contributions(int people) {
    comments = new int[people];
    reactions = new int[people];
    lastReacted = new int[people];
    Arrays.fill(lastReacted, NEVER);
  }

  /** Comments the person has written on the page. */
  public int comments(int person) {
    return comments[person];
  }

  /** Reactions the person has had to the page's regular posts and polls. */
  public int reactions(int person) {
    return reactions[person];
  }

  /** The last day the person reacted to the page's content (liked, commented, shared), or -1. */
  public int lastReacted(int person) {
    return lastReacted[person];
  }

  void commented(int person) {
    comments[person]++;
  }

  void reacted(int person, int day) {
    reactions[person]++;
    lastReacted[person] = day;
  }
}
