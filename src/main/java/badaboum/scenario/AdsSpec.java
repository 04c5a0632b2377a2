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
    double dailyBudget,
    double costPerThousand,
    AdTargeting targeting,
    double conversion,
    int start,
    int end) {

  /** Impressions bought each day. */
  public int impressionsPerDay() {
    return costPerThousand <= 0 ? 0 : (int) Math.floor(dailyBudget / costPerThousand * 1000);
  }
}
