package badaboum.sweep.design;

import java.util.Arrays;
import java.util.List;

/**
 * Run outputs of a {@link SobolDesign} regrouped as Saltelli's estimators read them: f(A_j), f(B_j)
 * and f(AB_j^(i)). The estimators themselves live in the analysis package.
 *
 * <p>Accessors return copies, so the instance stays immutable.
 */
public final class SobolOutputs {
  private final double[] fA;
  private final double[] fB;
  private final double[][] fAB;

  private SobolOutputs(double[] fA, double[] fB, double[][] fAB) {
    this.fA = fA;
    this.fB = fB;
    this.fAB = fAB;
  }

  /**
   * Regroups outputs by the points' {@link PointTag.Sobol} tags.
   *
   * @param points the expansion of a Sobol design (any order, as long as outputs match it)
   * @param outputs outputs[p] is the output of points.get(p); NaN is passed through
   * @throws IllegalArgumentException when a point is not a Sobol point, or A, B and AB rows are
   *     missing or repeated
   */
  public static SobolOutputs regroup(List<DesignPoint> points, double[] outputs) {
    Sampling.requireOneOutputPerPoint(points, outputs);
    int n = 0;
    int k = 0;
    for (DesignPoint point : points) {
      PointTag.Sobol tag = tagOf(point);
      n = Math.max(n, tag.base() + 1);
      k = Math.max(k, tag.factor() + 1);
    }
    if ((long) n * (k + 2) != points.size()) {
      throw new IllegalArgumentException(
          points.size() + " points do not make n·(k+2) for n = " + n + ", k = " + k);
    }
    double[] fA = nans(n);
    double[] fB = nans(n);
    double[][] fAB = new double[k][];
    for (int i = 0; i < k; i++) {
      fAB[i] = nans(n);
    }
    boolean[][] seen = new boolean[k + 2][n]; // rows: A, B, AB^(0..k-1)
    for (int p = 0; p < points.size(); p++) {
      PointTag.Sobol tag = tagOf(points.get(p));
      int row =
          switch (tag.role()) {
            case A -> 0;
            case B -> 1;
            case AB -> 2 + tag.factor();
          };
      if (seen[row][tag.base()]) {
        throw new IllegalArgumentException("two points are tagged " + tag);
      }
      seen[row][tag.base()] = true;
      double[] target = row == 0 ? fA : row == 1 ? fB : fAB[row - 2];
      target[tag.base()] = outputs[p];
    }
    // Every slot is filled: the count matched and no slot was filled twice.
    return new SobolOutputs(fA, fB, fAB);
  }

  /** n, the number of base samples. */
  public int baseCount() {
    return fA.length;
  }

  /** k, the number of factors. */
  public int factorCount() {
    return fAB.length;
  }

  /** f(A_j) for j = 0..n-1. */
  public double[] fA() {
    return fA.clone();
  }

  /** f(B_j) for j = 0..n-1. */
  public double[] fB() {
    return fB.clone();
  }

  /** fAB[i][j] = f(AB_j^(i)): A_j with factor i's column from B_j. */
  public double[][] fAB() {
    double[][] copy = new double[fAB.length][];
    for (int i = 0; i < fAB.length; i++) {
      copy[i] = fAB[i].clone();
    }
    return copy;
  }

  private static PointTag.Sobol tagOf(DesignPoint point) {
    if (point.tag() instanceof PointTag.Sobol tag) {
      return tag;
    }
    throw new IllegalArgumentException(
        "point " + point.index() + " is not a Sobol point: " + point.tag());
  }

  private static double[] nans(int n) {
    double[] values = new double[n];
    Arrays.fill(values, Double.NaN);
    return values;
  }
}
