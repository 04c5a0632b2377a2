package badaboum.scenario;

/**
 * The people of the market and how they come to know the brand.
 *
 * @param size number of people
 * @param prizeSeekers share of people who enter every contest ("compers")
 * @param prizeSeekerInterest how much prize seekers react to a brand's regular posts, relative to
 *     others: they follow hundreds of pages for contests
 * @param activitySpread sigma of the log-normal propensity to react (participation inequality)
 * @param discoveryPerDay daily probability that a person discovers the brand on their own
 */
public record AudienceSpec(
    int size,
    NetworkSpec network,
    AffinitySpec affinity,
    double prizeSeekers,
    double prizeSeekerInterest,
    double activitySpread,
    double discoveryPerDay,
    WordOfMouthSpec wordOfMouth) {
  public AudienceSpec {
    Checks.within("audience.size", size, 2, ScenarioLimits.MAX_AUDIENCE);
    Checks.within("audience.prize_seekers", prizeSeekers, 0, 1);
    Checks.within("audience.discovery", discoveryPerDay, 0, 1);
  }
}
