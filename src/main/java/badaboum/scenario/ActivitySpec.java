package badaboum.scenario;

/**
 * How readily people react when they see a post: log-normal with mean 1, so that a few do most of
 * the reacting and most never comment (participation inequality).
 *
 * @param spread sigma of the log-normal
 */
public record ActivitySpec(
    @Key(
            value = "3.3",
            min = 0,
            max = 4,
            unit = "log-normal sigma",
            meaning =
                "sigma of the log-normal propensity to react (mean 1): the higher, the more a few"
                    + " people do most of the reacting",
            source =
                "van Mierlo 2014: the top 1% of members write most content (~75%), under 25-30%"
                    + " ever post")
        double spread) {
  public ActivitySpec {
    Catalog.check(ActivitySpec.class, spread);
  }
}
