package badaboum.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * The draws the mechanisms need, all from an explicit stream. Geometric skipping lets a mechanism
 * visit only the people a Bernoulli(p) trial would pick, so its cost grows with what happens.
 */
public final class RandomDraws {
  /**
   * Below this expected count of the rarer outcome a binomial is counted success by success (exact
   * and fast); above, Commons Math samples it. A numerical choice: both draw the same distribution.
   */
  private static final double SMALL_MEAN = 16;

  private RandomDraws() {}

  /**
   * The gap to the next success in Bernoulli(p) trials (0 means the very next trial succeeds).
   * Returns Integer.MAX_VALUE when p is 0.
   */
  public static int skip(MersenneTwisterFast rng, double p) {
    if (p <= 0) {
      return Integer.MAX_VALUE;
    }
    if (p >= 1) {
      return 0;
    }
    double u = 1.0 - rng.nextDouble(); // in (0, 1]
    double gap = Math.floor(Math.log(u) / Math.log1p(-p));
    return gap >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) gap;
  }

  public static long poisson(MersenneTwisterFast rng, double mean) {
    if (mean <= 0) {
      return 0;
    }
    return new PoissonDistribution(
            new MersenneTwisterAdapter(rng),
            mean,
            PoissonDistribution.DEFAULT_EPSILON,
            PoissonDistribution.DEFAULT_MAX_ITERATIONS)
        .sample();
  }

  public static int binomial(MersenneTwisterFast rng, int trials, double p) {
    if (trials <= 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return trials;
    }
    if (trials * Math.min(p, 1 - p) < SMALL_MEAN) {
      int count = 0;
      for (long i = skip(rng, p); i < trials; i += 1L + skip(rng, p)) {
        count++;
      }
      return count;
    }
    return new BinomialDistribution(new MersenneTwisterAdapter(rng), trials, p).sample();
  }

  public static boolean chance(MersenneTwisterFast rng, double p) {
    return p > 0 && rng.nextDouble() < p;
  }
}
