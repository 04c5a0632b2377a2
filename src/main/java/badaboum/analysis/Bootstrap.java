package badaboum.analysis;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/** Seeded generator and percentile interval shared by the bootstraps of this package. */
final class Bootstrap {
  private Bootstrap() {}

  /** Well19937c from the caller's seed: the same seed always gives the same resamples. */
  static RandomGenerator generator(long seed) {
    return new Well19937c(seed);
  }

  static void checkResamples(int resamples) {
    if (resamples < 1) {
      throw new IllegalArgumentException(
          "bootstrap resamples must be at least 1, got " + resamples + " (2000 is usual)");
    }
  }

  /**
   * 95% percentile interval {2.5th, 97.5th} (type 7) of bootstrap replicates; both NaN when any
   * replicate is NaN (an estimate undefined on some resample has no honest interval). Sorts the
   * array in place.
   */
  static double[] percentileInterval(double[] replicates) {
    for (double r : replicates) {
      if (Double.isNaN(r)) {
        return new double[] {Double.NaN, Double.NaN};
      }
    }
    Arrays.sort(replicates);
    return new double[] {
      Percentiles.ofSorted(replicates, 0.025), Percentiles.ofSorted(replicates, 0.975)
    };
  }
}
