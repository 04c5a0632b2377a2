package badaboum.model;

/**
 * A page's followers who joined for a contest: when their prize is gone and how likely they are,
 * each day after that, to leave (unless they have grown attached: {@link BrandCommunity#attached}).
 */
public final class ContestJoiners {
  private final int[] prizeGoneDay;
  private final float[] churn;
  private final IndexedSet members;

  ContestJoiners(int people) {
    prizeGoneDay = new int[people];
    churn = new float[people];
    members = new IndexedSet(people);
  }

  /** A follower who joined for a contest; at risk of leaving once the prize is gone. */
  public void mark(int person, int prizeGone, double churnAfter) {
    prizeGoneDay[person] = prizeGone;
    churn[person] = (float) churnAfter;
    members.add(person);
  }

  /** The contest joiners still following, as a copy the caller may change the page under. */
  public int[] snapshot() {
    return members.snapshot();
  }

  public int prizeGoneDay(int person) {
    return prizeGoneDay[person];
  }

  /** Daily unfollow probability of a contest joiner once the prize is gone. */
  public double churn(int person) {
    return churn[person];
  }

  void left(int person) {
    members.remove(person);
  }
}
