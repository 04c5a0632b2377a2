package badaboum.scenario;

/**
 * How much each person likes the brand's universe, fixed for life: Beta distributed by mean and
 * concentration (alpha = mean × concentration, beta = (1 − mean) × concentration), or the same
 * value for everyone when {@code fixed} is set.
 */
public record AffinitySpec(double mean, double concentration, Double fixed) {
  public AffinitySpec {
    Checks.within("affinity.mean", mean, 0, 1);
    if (fixed != null) {
      Checks.within("affinity.fixed", fixed, 0, 1);
    } else if (!(concentration > 0) || !(mean > 0 && mean < 1)) {
      throw new IllegalArgumentException("Beta affinity needs 0 < mean < 1 and concentration > 0");
    }
  }

  public boolean isFixed() {
    return fixed != null;
  }
}
