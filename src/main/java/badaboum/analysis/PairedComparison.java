package badaboum.analysis;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Arm B against arm A on common seeds: pair i is the same replicate (same seed) run under each arm,
 * so differences b[i] − a[i] remove the noise the arms share.
 *
 * @param n number of pairs
 * @param meanA mean of arm A
 * @param meanB mean of arm B
 * @param meanDifference mean of the differences b[i] − a[i], summed in pair order
 * @param sdDifference sample standard deviation of the differences; 0 when n = 1
 * @param ci95Low lower bound of the 95% paired-t CI of the mean difference (degenerate, equal to
 *     the mean difference, when n = 1; see {@link Summary})
 * @param ci95High upper bound of that CI
 * @param wilcoxonP two-sided Wilcoxon signed-rank p-value ({@link WilcoxonSignedRank}); 1 when all
 *     differences are zero
 * @param cohensDz effect size d_z = meanDifference / sdDifference; 0 when both are 0, ±Infinity
 *     when the differences are all equal and non-zero (a constant shift)
 * @param ratioOfMeans meanB / meanA; NaN when meanA = 0
 * @param ratioCi95Low lower bound of the 95% percentile-bootstrap CI of the ratio, resampling pairs
 *     with the given seed; NaN when meanA = 0 or when some resample has a zero mean of A and a zero
 *     mean of B (0/0); may be ±Infinity when some resample has a zero mean of A only
 * @param ratioCi95High upper bound of that CI
 * @param bootstrapResamples number of bootstrap resamples drawn
 */
public record PairedComparison(
    int n,
    double meanA,
    double meanB,
    double meanDifference,
    double sdDifference,
    double ci95Low,
    double ci95High,
    double wilcoxonP,
    double cohensDz,
    double ratioOfMeans,
    double ratioCi95Low,
    double ratioCi95High,
    int bootstrapResamples) {

  /** Bootstrap resamples used by {@link #of(double[], double[], long)}. */
  public static final int DEFAULT_RESAMPLES = 2000;

  /** Compares with {@value #DEFAULT_RESAMPLES} bootstrap resamples. */
  public static PairedComparison of(double[] a, double[] b, long seed) {
    return of(a, b, seed, DEFAULT_RESAMPLES);
  }

  /**
   * Compares arm B with arm A.
   *
   * @param a outcomes of arm A, one per replicate, finite
   * @param b outcomes of arm B for the same replicates in the same order, finite
   * @param seed seed of the bootstrap of the ratio of means
   * @param resamples number of bootstrap resamples, at least 1
   */
  public static PairedComparison of(double[] a, double[] b, long seed, int resamples) {
    Checks.finiteValues("a", a);
    Checks.finiteValues("b", b);
    Checks.sameLength("a", a, "b", b);
    Checks.atLeast("a", a, 1);
    Bootstrap.checkResamples(resamples);
    int n = a.length;
    double[] differences = new double[n];
    for (int i = 0; i < n; i++) {
      differences[i] = b[i] - a[i];
    }
    Summary diff = Summary.of(differences);
    double meanA = Moments.mean(a);
    double meanB = Moments.mean(b);
    double dz = diff.mean() == 0.0 ? 0.0 : diff.mean() / diff.sd();
    double ratio = meanA == 0.0 ? Double.NaN : meanB / meanA;
    double[] ratioCi =
        meanA == 0.0
            ? new double[] {Double.NaN, Double.NaN}
            : bootstrapRatioCi(a, b, Bootstrap.generator(seed), resamples);
    return new PairedComparison(
        n,
        meanA,
        meanB,
        diff.mean(),
        diff.sd(),
        diff.ci95Low(),
        diff.ci95High(),
        WilcoxonSignedRank.of(differences).pValue(),
        dz,
        ratio,
        ratioCi[0],
        ratioCi[1],
        resamples);
  }

  /** Whether the 95% CI of the mean difference lies entirely on one side of zero. */
  public boolean excludesZero() {
    return ci95Low > 0.0 || ci95High < 0.0;
  }

  private static double[] bootstrapRatioCi(
      double[] a, double[] b, RandomGenerator random, int resamples) {
    int n = a.length;
    double[] ratios = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double sumA = 0.0;
      double sumB = 0.0;
      for (int j = 0; j < n; j++) {
        // Resample whole pairs, so the pairing (common seeds) is kept.
        int pick = random.nextInt(n);
        sumA += a[pick];
        sumB += b[pick];
      }
      ratios[r] = (sumB / n) / (sumA / n);
    }
    return Bootstrap.percentileInterval(ratios);
  }
}
