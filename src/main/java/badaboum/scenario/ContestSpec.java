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
    @Key(
            value = "1",
            min = 1,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "day",
            meaning = "first day (day 0 is the starting state: the first day is 1)")
        int start,
    @Key(
            value = "0",
            min = 0,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "days between starts; 0 means once",
            meaning = "days between starts; 0 means once",
            label = "Contest every (days)")
        int every,
    @Key(
            value = "10",
            min = 1,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "days",
            meaning = "days each contest runs")
        int duration,
    @Key(
            value = "500",
            min = 0,
            max = 1e9,
            unit = "currency per contest",
            meaning = "cost of the prizes, paid when it ends",
            label = "Contest prize")
        double prize,
    @Key(
            value = "like",
            meaning =
                "entering means following; a like or a share to enter is counted apart from the"
                    + " page's reactions (contest_entries), and a share shows the contest to friends")
        ContestEntry entry,
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "fit with the brand's universe",
            meaning =
                "fit of the prize with the brand's universe (an iPad 0, a cheese tasting 1): other"
                    + " people follow for it with their affinity × alignment; repeated misaligned"
                    + " contests wear genuine members down",
            source = "the seeds: contests that fit the brand's universe and values",
            label = "Contest alignment")
        double alignment,
    @Key(
            value = "2000",
            min = 0,
            max = ScenarioLimits.MAX_AUDIENCE,
            unit = "people per day",
            meaning =
                "people the announcement reaches beyond the page each day it runs (contest sites,"
                    + " shares); prize seekers among them enter whatever their affinity",
            source = "assumption, swept")
        int reachPerDay,
    @Key(
            value = "0.02",
            min = 0,
            max = 1,
            unit = "probability per day once the prize is gone",
            meaning =
                "once the prize is gone, contest joiners who have not grown attached leave with"
                    + " this daily probability",
            source = "no published figure: a parameter to sweep")
        double churnAfter) {
  public ContestSpec {
    Catalog.check(
        ContestSpec.class,
        start,
        every,
        duration,
        prize,
        entry,
        alignment,
        reachPerDay,
        churnAfter);
    if (every > 0 && every < duration) {
      throw new SpecException(
          "every",
          "a contest every "
              + every
              + " days cannot last "
              + duration
              + " days; make every >= duration");
    }
  }

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
