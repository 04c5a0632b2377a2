package badaboum.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * First-order and total Sobol indices estimated from model outputs on a Saltelli design.
 *
 * <p>The design has two independent base matrices A and B of N rows (base samples) and k columns
 * (factors), and for each factor i a matrix AB_i equal to A with column i taken from B. With V the
 * variance of all 2N outputs of A and B together (denominator 2N, as SALib):
 *
 * <ul>
 *   <li>first order (Saltelli et al. 2010): S_i = mean_j(f(B)_j · (f(AB_i)_j − f(A)_j)) / V
 *   <li>total (Jansen 1999): ST_i = mean_j((f(A)_j − f(AB_i)_j)²) / 2 / V
 * </ul>
 *
 * <p>95% intervals are percentile bootstraps over base samples: a resample draws N base indices
 * with replacement and recomputes V, S_i and ST_i from the rows it drew. Estimates may fall
 * slightly outside [0, 1] from sampling error; they are not clipped.
 *
 * @param baseSamples N
 * @param outputVariance V; when 0 (the output never varies) every index and interval is NaN
 * @param bootstrapResamples number of bootstrap resamples drawn
 * @param factors one entry per factor, in the order of {@code fAB}
 */
public record SobolIndices(
    int baseSamples, double outputVariance, int bootstrapResamples, List<FactorIndices> factors) {

  /** Bootstrap resamples used by {@link #estimate(double[], double[], double[][], long)}. */
  public static final int DEFAULT_RESAMPLES = 1000;

  public SobolIndices {
    factors = List.copyOf(factors);
  }

  /**
   * Indices of one factor with their 95% bootstrap intervals.
   *
   * @param factor index of the factor (row of {@code fAB})
   * @param firstOrder S_i, the share of output variance due to the factor alone
   * @param firstOrderCi95Low lower bound of S_i's interval
   * @param firstOrderCi95High upper bound of S_i's interval
   * @param total ST_i, the share due to the factor including all its interactions
   * @param totalCi95Low lower bound of ST_i's interval
   * @param totalCi95High upper bound of ST_i's interval
   */
  public record FactorIndices(
      int factor,
      double firstOrder,
      double firstOrderCi95Low,
      double firstOrderCi95High,
      double total,
      double totalCi95Low,
      double totalCi95High) {}

  /** Estimates with {@value #DEFAULT_RESAMPLES} bootstrap resamples. */
  public static SobolIndices estimate(double[] fA, double[] fB, double[][] fAB, long seed) {
    return estimate(fA, fB, fAB, seed, DEFAULT_RESAMPLES);
  }

  /**
   * Estimates the indices.
   *
   * @param fA outputs at the N rows of A
   * @param fB outputs at the N rows of B
   * @param fAB fAB[i][j] is the output at row j of A with column i taken from B
   * @param seed seed of the bootstrap
   * @param resamples number of bootstrap resamples, at least 1
   */
  public static SobolIndices estimate(
      double[] fA, double[] fB, double[][] fAB, long seed, int resamples) {
    Checks.finiteValues("fA", fA);
    Checks.finiteValues("fB", fB);
    Checks.sameLength("fA", fA, "fB", fB);
    Checks.atLeast("fA", fA, 2);
    if (fAB == null || fAB.length == 0) {
      throw new IllegalArgumentException("fAB must have one row of outputs per factor, got none");
    }
    for (int i = 0; i < fAB.length; i++) {
      Checks.finiteValues("fAB[" + i + "]", fAB[i]);
      Checks.sameLength("fA", fA, "fAB[" + i + "]", fAB[i]);
    }
    Bootstrap.checkResamples(resamples);

    int n = fA.length;
    int k = fAB.length;
    int[] rows = new int[n];
    for (int j = 0; j < n; j++) {
      rows[j] = j;
    }
    double[] first = new double[k];
    double[] total = new double[k];
    double variance = indices(fA, fB, fAB, rows, first, total);

    double[][] firstReplicates = new double[k][resamples];
    double[][] totalReplicates = new double[k][resamples];
    double[] firstOnce = new double[k];
    double[] totalOnce = new double[k];
    RandomGenerator random = Bootstrap.generator(seed);
    for (int r = 0; r < resamples; r++) {
      for (int j = 0; j < n; j++) {
        rows[j] = random.nextInt(n);
      }
      indices(fA, fB, fAB, rows, firstOnce, totalOnce);
      for (int i = 0; i < k; i++) {
        firstReplicates[i][r] = firstOnce[i];
        totalReplicates[i][r] = totalOnce[i];
      }
    }
    List<FactorIndices> factors = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      double[] firstCi = Bootstrap.percentileInterval(firstReplicates[i]);
      double[] totalCi = Bootstrap.percentileInterval(totalReplicates[i]);
      factors.add(
          new FactorIndices(i, first[i], firstCi[0], firstCi[1], total[i], totalCi[0], totalCi[1]));
    }
    return new SobolIndices(n, variance, resamples, factors);
  }

  /**
   * Fills first[i] and total[i] from the given rows (in that order) and returns V; the indices are
   * NaN when V = 0.
   */
  private static double indices(
      double[] fA, double[] fB, double[][] fAB, int[] rows, double[] first, double[] total) {
    double sum = 0.0;
    for (int j : rows) {
      sum += fA[j];
      sum += fB[j];
    }
    double mean = sum / (2.0 * rows.length);
    double squares = 0.0;
    for (int j : rows) {
      double da = fA[j] - mean;
      double db = fB[j] - mean;
      squares += da * da;
      squares += db * db;
    }
    double variance = squares / (2.0 * rows.length);
    for (int i = 0; i < fAB.length; i++) {
      double[] fABi = fAB[i];
      double firstSum = 0.0;
      double totalSum = 0.0;
      for (int j : rows) {
        double change = fABi[j] - fA[j];
        firstSum += fB[j] * change;
        totalSum += change * change;
      }
      first[i] = variance == 0.0 ? Double.NaN : firstSum / rows.length / variance;
      total[i] = variance == 0.0 ? Double.NaN : totalSum / rows.length / 2.0 / variance;
    }
    return variance;
  }
}
