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

  /**
   * Independent Poisson({@code mean}) counts for people in a row, drawn only for the people whose
   * count is not 0: {@link #skip} jumps over those who draw 0 (a geometric gap, as the chance of 0
   * is e^−mean) and {@link #positiveCount} draws the count of the next one given that it is at
   * least 1. The cost grows with the people who draw something, not with the row.
   */
  public static final class PoissonCounts {
    private final double mean;
    private final double firstGivenPositive;

    public PoissonCounts(double mean) {
      this.mean = mean;
      // P(K = 1 | K >= 1) = mean e^-mean / (1 - e^-mean)
      this.firstGivenPositive = mean > 0 ? mean / Math.expm1(mean) : 1;
    }

    /** People in a row whose count is 0 before the next one whose count is not. */
    public int skip(MersenneTwisterFast rng) {
      if (mean <= 0) {
        return Integer.MAX_VALUE;
      }
      double u = 1.0 - rng.nextDouble(); // in (0, 1]
      double gap = Math.floor(Math.log(u) / -mean); // log P(K = 0) = -mean
      return gap >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) gap;
    }

    /** A count given that it is at least 1, by inversion from 1 upwards. */
    public int positiveCount(MersenneTwisterFast rng) {
      double u = rng.nextDouble();
      int k = 1;
      double p = firstGivenPositive;
      double cumulative = p;
      while (u >= cumulative && p > 0) {
        k++;
        p *= mean / k;
        cumulative += p;
      }
      return k;
    }
  }

  /**
   * A Beta({@code a}, {@code b}) draw, as X / (X + Y) with X ~ Gamma(a) and Y ~ Gamma(b): twice as
   * fast as Commons Math's sampler, which counts when every person of tens of millions draws one.
   * Below a shape of 1 the ratio is taken in logarithms, where tiny shapes cannot underflow.
   */
  public static double beta(MersenneTwisterFast rng, double a, double b) {
    if (a >= 1 && b >= 1) {
      double x = gamma(rng, a);
      return x / (x + gamma(rng, b));
    }
    double logX = logGamma(rng, a);
    return 1 / (1 + Math.exp(logGamma(rng, b) - logX));
  }

  /** The logarithm of a Gamma(shape, 1) draw; below 1, Gamma(shape + 1) times U^(1/shape). */
  private static double logGamma(MersenneTwisterFast rng, double shape) {
    if (shape >= 1) {
      return Math.log(gamma(rng, shape));
    }
    double u = 1.0 - rng.nextDouble(); // in (0, 1]
    return Math.log(gamma(rng, shape + 1)) + Math.log(u) / shape;
  }

  /** Marsaglia and Tsang's sampler: its shift of the shape, and of its scale 1 / √(9d). */
  private static final double THIRD = 1.0 / 3;

  /** Marsaglia and Tsang's quick acceptance test, which spares most logarithms. */
  private static final double SQUEEZE = 0.0331;

  private static final double HALF = 0.5;

  /** A Gamma(shape, 1) draw for shape >= 1: Marsaglia and Tsang (2000), ACM TOMS 26(3). */
  private static double gamma(MersenneTwisterFast rng, double shape) {
    double d = shape - THIRD;
    double c = THIRD / Math.sqrt(d);
    while (true) {
      double x;
      double v;
      do {
        x = rng.nextGaussian();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = rng.nextDouble();
      if (u < 1 - SQUEEZE * (x * x) * (x * x)
          || Math.log(u) < HALF * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
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
