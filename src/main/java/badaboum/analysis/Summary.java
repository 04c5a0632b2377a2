package badaboum.analysis;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Descriptive statistics of one sample with a 95% Student-t confidence interval of its mean.
 *
 * @param n number of values
 * @param mean arithmetic mean, summed in array order
 * @param sd sample standard deviation (denominator n − 1); 0 when n = 1
 * @param standardError sd / √n; 0 when n = 1
 * @param ci95Low lower bound of the 95% CI of the mean, mean − t(0.975, n − 1)·standardError; equal
 *     to the mean when n = 1 (a degenerate interval, not a claim of certainty: one value carries no
 *     information about spread)
 * @param ci95High upper bound, symmetric to {@code ci95Low}
 * @param min smallest value
 * @param max largest value
 * @param p5 5th percentile, {@link Percentiles} type 7
 * @param p50 median, type 7
 * @param p95 95th percentile, type 7
 */
public record Summary(
    int n,
    double mean,
    double sd,
    double standardError,
    double ci95Low,
    double ci95High,
    double min,
    double max,
    double p5,
    double p50,
    double p95) {

  /**
   * Summarises finite values; the array is not modified.
   *
   * @throws IllegalArgumentException when empty or when a value is NaN or infinite
   */
  public static Summary of(double[] values) {
    Checks.finiteValues("values", values);
    Checks.atLeast("values", values, 1);
    int n = values.length;
    double mean = Moments.mean(values);
    double sd = Moments.sampleSd(values, mean);
    double se = sd / Math.sqrt(n);
    double halfWidth = n < 2 ? 0.0 : tQuantile975(n - 1) * se;
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new Summary(
        n,
        mean,
        sd,
        se,
        mean - halfWidth,
        mean + halfWidth,
        sorted[0],
        sorted[n - 1],
        Percentiles.ofSorted(sorted, 0.05),
        Percentiles.ofSorted(sorted, 0.50),
        Percentiles.ofSorted(sorted, 0.95));
  }

  /** Two-sided 95% Student-t critical value for the given degrees of freedom. */
  static double tQuantile975(int degreesOfFreedom) {
    // No generator: the distribution is only inverted, never sampled (a null generator also keeps
    // Commons Math from building a clock-seeded one).
    return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
  }
}
