package badaboum.scenario;

/**
 * A crisis: an allergen scare, an NGO campaign.
 *
 * @param severity 0 to 1: how many are outraged at first and how contagious it is
 */
public record CrisisSpec(
    @Key(
            value = "1",
            min = 1,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "day",
            meaning = "the day it breaks",
            label = "Crisis on day")
        int day,
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "0 to 1",
            meaning =
                "share outraged at first (20% of followers and 2% of the audience at severity 1)"
                    + " and contagion",
            label = "Crisis severity")
        double severity,
    @Key(value = "crisis", meaning = "what it is about, for the event log") String topic,
    @Key(
            contextDefault = "the first brand",
            meaning = "the brand it hits, by name (`brands[].name`)")
        String brand) {
  public CrisisSpec {
    Catalog.check(CrisisSpec.class, day, severity, topic, brand);
  }
}
