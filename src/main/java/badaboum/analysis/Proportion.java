package badaboum.analysis;

/**
 * A share of successes among trials (e.g. of runs whose programme was cancelled) with its 95%
 * Wilson score interval (Wilson 1927; Newcombe 1998, method 3). Unlike the normal-approximation
 * interval it stays within [0, 1] and does not collapse to a point when every trial, or none,
 * succeeds: 0 of 10 gives [0, 0.28], not [0, 0].
 *
 * @param successes number of successes
 * @param trials number of trials, at least 1
 * @param share successes / trials
 * @param ci95Low lower bound of the Wilson interval
 * @param ci95High upper bound of the Wilson interval
 */
public record Proportion(int successes, int trials, double share, double ci95Low, double ci95High) {

  /** z(0.975), the two-sided 95% normal critical value. */
  private static final double Z975 = 1.959963984540054;

  /**
   * The share and its Wilson interval.
   *
   * @throws IllegalArgumentException when trials &lt; 1 or successes is outside [0, trials]
   */
  public static Proportion of(int successes, int trials) {
    if (trials < 1 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "a proportion needs 0 ≤ successes ≤ trials and trials ≥ 1, got "
              + successes
              + " of "
              + trials);
    }
    double n = trials;
    double p = successes / n;
    double z2 = Z975 * Z975;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z975 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // At 0 and n successes the bounds are exactly 0 and 1; rounding must not nudge them off.
    double low = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
    double high = successes == trials ? 1.0 : Math.min(1.0, centre + half);
    return new Proportion(successes, trials, p, low, high);
  }
}
