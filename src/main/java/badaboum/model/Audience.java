package badaboum.model;

import badaboum.model.network.Graph;

/**
 * The people of one market: fixed traits in arrays indexed by person id, and their friendships.
 * Shared by every brand of the market; nothing here changes during a run.
 */
public final class Audience {
  private final float[] affinity;
  private final float[] activity;
  private final boolean[] prizeSeeker;
  private final Graph friends;
  private final double prizeSeekerInterest;

  Audience(
      float[] affinity,
      float[] activity,
      boolean[] prizeSeeker,
      Graph friends,
      double prizeSeekerInterest) {
    this.prizeSeekerInterest = prizeSeekerInterest;
    this.affinity = affinity;
    this.activity = activity;
    this.prizeSeeker = prizeSeeker;
    this.friends = friends;
  }

  public int size() {
    return affinity.length;
  }

  /** How much the person likes the brand's universe, in [0, 1]. */
  public float affinity(int person) {
    return affinity[person];
  }

  /** Propensity to react when exposed; log-normal with mean 1. */
  public float activity(int person) {
    return activity[person];
  }

  public boolean prizeSeeker(int person) {
    return prizeSeeker[person];
  }

  /** How much prize seekers react to a brand's regular posts, relative to others. */
  public double prizeSeekerInterest() {
    return prizeSeekerInterest;
  }

  public Graph friends() {
    return friends;
  }
}
