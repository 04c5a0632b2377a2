package badaboum.scenario;

/**
 * How much each person likes the brand's universe, fixed for life: Beta distributed by mean and
 * concentration (alpha = mean × concentration, beta = (1 − mean) × concentration), or the same
 * value for everyone when {@code fixed} is set.
 */
public record AffinitySpec(
    @Key(
            value = "0.3",
            min = 0.001,
            max = 0.999,
            unit = "Beta mean",
            meaning =
                "mean of the Beta distribution of affinity (how much a person likes the brand's"
                    + " universe; fixed for life: John et al. 2017, liking a page follows"
                    + " fondness rather than causing it)",
            source = "assumption, swept")
        double mean,
    @Key(
            value = "4",
            min = 0.01,
            max = 10_000,
            unit = "Beta alpha + beta; higher is less spread",
            meaning = "Beta alpha + beta: higher means everyone is close to the mean",
            source = "assumption, swept")
        double concentration,
    @Key(
            min = 0,
            max = 1,
            unit = "the same affinity for everyone",
            meaning =
                "the same affinity for everyone instead of a Beta (then `mean` and `concentration`"
                    + " are not allowed)")
        Double fixed) {
  public AffinitySpec {
    Catalog.check(AffinitySpec.class, mean, concentration, fixed);
  }

  public boolean isFixed() {
    return fixed != null;
  }
}
