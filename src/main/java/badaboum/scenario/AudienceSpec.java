package badaboum.scenario;

/**
 * The people of the market and how they come to know the brand.
 *
 * @param size number of people
 * @param prizeSeekers share of people who enter every contest ("compers")
 * @param prizeSeekerInterest how much prize seekers react to a brand's regular posts, relative to
 *     others: they follow hundreds of pages for contests
 * @param activity the propensity to react (participation inequality)
 * @param discoveryPerDay daily probability that a person discovers the brand on their own
 */
public record AudienceSpec(
    @Key(
            value = "20000",
            min = 2,
            max = ScenarioLimits.MAX_AUDIENCE,
            unit = "people",
            meaning = "people in the market")
        int size,
    NetworkSpec network,
    AffinitySpec affinity,
    @Key(
            value = "0.15",
            min = 0,
            max = 1,
            unit = "share of the audience",
            meaning = "the \"compers\" who enter every contest whatever their affinity",
            source = "industry figures: most contest entrants are not the brand's audience",
            label = "Prize seekers")
        double prizeSeekers,
    @Key(
            value = "0.2",
            min = 0,
            max = 1,
            unit = "factor on their reactions to regular posts",
            meaning =
                "how much prize seekers react to a brand's regular posts, relative to others: they"
                    + " follow hundreds of pages for contests, so once the prize is gone they are"
                    + " nearly inert fans",
            source = "assumption, swept")
        double prizeSeekerInterest,
    ActivitySpec activity,
    @Key(
            name = "discovery",
            value = "0.0005",
            min = 0,
            max = 1,
            unit = "probability per person per day",
            meaning =
                "probability of discovering the brand on one's own (media, search): Bass's"
                    + " innovation p",
            source =
                "Bass meta-analysis (Sultan, Farley and Lehmann 1990): p ≈ 0.03 a year; a brand"
                    + " page diffuses faster than a durable good, so a few times that")
        double discoveryPerDay,
    WordOfMouthSpec wordOfMouth) {
  public AudienceSpec {
    Catalog.check(
        AudienceSpec.class,
        size,
        network,
        affinity,
        prizeSeekers,
        prizeSeekerInterest,
        activity,
        discoveryPerDay,
        wordOfMouth);
  }
}
