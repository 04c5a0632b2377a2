package badaboum.scenario;

/**
 * A contest, once or repeated.
 *
 * @param start first day
 * @param every days between starts (0: once)
 * @param duration days it runs
 * @param prize cost of the prizes, paid when it ends
 * @param entry what entering asks
 * @param alignment how well the prize fits the brand's universe, 0 (an iPad) to 1 (a cheese
 *     tasting)
 * @param reachPerDay people the announcement reaches each day it runs (contest sites, shares)
 * @param churnAfter daily unfollow probability of contest joiners once the prize is gone, unless
 *     they have grown attached
 */
public record ContestSpec(
    int start,
    int every,
    int duration,
    double prize,
    ContestEntry entry,
    double alignment,
    int reachPerDay,
    double churnAfter) {

  /** Whether a contest of this series runs on {@code day}. */
  public boolean runsOn(int day) {
    return day >= start && (every == 0 ? day - start < duration : (day - start) % every < duration);
  }

  /** Whether a contest of this series ends on {@code day} (its prize is paid). */
  public boolean endsOn(int day) {
    if (day < start + duration - 1) {
      return false;
    }
    int sinceStart = day - start - (duration - 1);
    return every == 0 ? sinceStart == 0 : sinceStart % every == 0;
  }
}
