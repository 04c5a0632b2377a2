package badaboum.scenario;

/**
 * Paid ads.
 *
 * @param dailyBudget currency per day (0: no ads)
 * @param costPerThousand cost per thousand impressions
 * @param targeting broad (anyone) or by affinity (people who like the universe see more)
 * @param conversion factor on the follow probability of someone who sees an ad
 * @param start first day with ads
 * @param end last day with ads
 */
public record AdsSpec(
    @Key(
            value = "0",
            min = 0,
            max = 1e7,
            unit = "currency per day; 0 means no ads",
            meaning = "paid ads; 0 means none")
        double dailyBudget,
    @Key(
            name = "cost_per_1000",
            value = "5",
            min = 0.01,
            max = 1e5,
            unit = "currency per thousand impressions",
            meaning = "cost per thousand impressions",
            source = "industry figures: social ads cost a few euros per thousand impressions")
        double costPerThousand,
    @Key(
            value = "broad",
            meaning = "broad shows ads to anyone; affinity to people who like the universe")
        AdTargeting targeting,
    @Key(
            value = "0.05",
            min = 0,
            max = 10,
            unit = "factor on the follow probability",
            meaning = "follow probability of someone who sees an ad, as a factor on their affinity",
            source = "assumption, swept")
        double conversion,
    @Key(
            value = "1",
            min = 1,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "day",
            meaning = "first day with ads (day 0 is the starting state: the first day is 1)")
        int start,
    @Key(
            contextDefault = "days",
            min = 1,
            max = ScenarioLimits.MAX_DAYS,
            unit = "day",
            meaning = "last day with ads (day 0 is the starting state: the first day is 1)")
        int end) {
  public AdsSpec {
    Catalog.check(AdsSpec.class, dailyBudget, costPerThousand, targeting, conversion, start, end);
    if (end < start) {
      throw new SpecException(
          "end", "ads end on day " + end + ", before they start; set end >= start");
    }
  }

  /** Impressions bought each day. */
  public int impressionsPerDay() {
    return costPerThousand <= 0 ? 0 : (int) Math.floor(dailyBudget / costPerThousand * 1000);
  }
}
