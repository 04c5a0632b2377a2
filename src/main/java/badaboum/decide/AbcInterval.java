package badaboum.decide;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The 90% interval of each fitted key by approximate Bayesian computation, with a uniform prior
 * over each key's range (in its unit coordinates, so on a log scale for a log-scale key):
 *
 * <ol>
 *   <li>proposals: keys drawn uniformly in a box around the fit's estimate, each simulated once on
 *       a fresh seed; their summaries of the days (window means, {@link Discrepancy}); proposals
 *       from several boxes are weighted by the inverse of the density they were drawn from, so
 *       together they stand for the prior;
 *   <li>semi-automatic summaries (Fearnhead and Prangle 2012): a linear regression of each key on
 *       the summaries over all proposals, whose predictions are the statistics compared;
 *   <li>rejection: the {@code accept} share of proposals nearest the history's statistics, with
 *       Epanechnikov weights;
 *   <li>regression adjustment (Beaumont, Zhang and Balding 2002): each accepted key, on a logit
 *       scale, moved along a weighted local-linear regression to the history's statistics; the 5th
 *       and 95th weighted percentiles are the interval.
 * </ol>
 *
 * The first proposals cover the whole ranges (the prior), so no part of the posterior is missed;
 * the next ones fill a box a few times as wide as the interval found, for resolution, widened while
 * an interval reaches within a tenth of a side of the box that is not the range's end.
 */
final class AbcInterval {
  /**
   * The settings.
   *
   * @param samples proposals per box
   * @param accept share of the proposals kept
   * @param widen how many times as wide as the interval the next box is
   * @param rounds the most boxes
   */
  record Settings(int samples, double accept, double widen, int rounds) {}

  /** One proposal: where it was drawn (unit coordinates) and its summaries. */
  record Proposal(double[] unit, double[] summaries, int box) {}

  /**
   * The interval of each key.
   *
   * @param lower 5th percentile, unit coordinates
   * @param upper 95th percentile
   * @param median 50th percentile
   * @param proposals simulated
   * @param boxes how many boxes were drawn from
   * @param accepted proposals kept
   */
  record Result(
      double[] lower, double[] upper, double[] median, int proposals, int boxes, int accepted) {}

  private AbcInterval() {}

  /** The whole unit cube: the prior's support. */
  static double[][] whole(int p) {
    double[][] box = new double[2][p];
    java.util.Arrays.fill(box[1], 1);
    return box;
  }

  /** A box {@code factor} times as wide as the intervals found, around them, within [0, 1]. */
  static double[][] around(Result r, double factor) {
    int p = r.lower().length;
    double[][] box = new double[2][p];
    for (int j = 0; j < p; j++) {
      double centre = (r.lower()[j] + r.upper()[j]) / 2;
      double half = Math.max(0.02, factor * (r.upper()[j] - r.lower()[j]) / 2);
      box[0][j] = Math.max(0, centre - half);
      box[1][j] = Math.min(1, centre + half);
    }
    return box;
  }

  /** {@code box} made {@code factor} times as wide about its centre, within [0, 1]. */
  static double[][] wider(double[][] box, double factor) {
    int p = box[0].length;
    double[][] out = new double[2][p];
    for (int j = 0; j < p; j++) {
      double centre = (box[0][j] + box[1][j]) / 2;
      double half = factor * (box[1][j] - box[0][j]) / 2;
      out[0][j] = Math.max(0, centre - half);
      out[1][j] = Math.min(1, centre + half);
    }
    return out;
  }

  static boolean same(double[][] a, double[][] b) {
    return java.util.Arrays.equals(a[0], b[0]) && java.util.Arrays.equals(a[1], b[1]);
  }

  /**
   * The posterior's percentiles from the proposals so far.
   *
   * @param boxes the boxes drawn from, with {@code counts} proposals each
   */
  static Result estimate(
      List<Proposal> proposals,
      List<double[][]> boxes,
      int[] counts,
      double[] observed,
      double accept) {
    int n = proposals.size();
    int p = proposals.get(0).unit().length;
    double[] prior = new double[n];
    for (int i = 0; i < n; i++) {
      prior[i] = 1 / proposalDensity(proposals.get(i).unit(), boxes, counts);
    }
    // 1. semi-automatic statistics: predictions of each key from the summaries
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      x[i] = proposals.get(i).summaries();
    }
    double[][] stats = new double[n][p];
    double[] target = new double[p];
    for (int j = 0; j < p; j++) {
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = proposals.get(i).unit()[j];
      }
      double[] beta = regression(x, y, prior);
      for (int i = 0; i < n; i++) {
        stats[i][j] = predict(beta, x[i]);
      }
      target[j] = predict(beta, observed);
    }
    // 2. rejection on the statistics, each scaled by its spread over the proposals
    double[] spread = new double[p];
    for (int j = 0; j < p; j++) {
      spread[j] = Math.max(1e-12, weightedSd(column(stats, j), prior));
    }
    double[] distance = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < p; j++) {
        double e = (stats[i][j] - target[j]) / spread[j];
        s += e * e;
      }
      distance[i] = Math.sqrt(s);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order, Comparator.comparingDouble((Integer i) -> distance[i]).thenComparing(i -> i));
    int kept = Math.min(n, Math.max(2 * p + 10, (int) Math.ceil(accept * n)));
    double delta = distance[order[kept - 1]] * (1 + 1e-9) + 1e-300;
    double[][] keptStats = new double[kept][];
    double[] weight = new double[kept];
    double[][] logit = new double[p][kept];
    for (int k = 0; k < kept; k++) {
      int i = order[k];
      double r = distance[i] / delta;
      weight[k] = prior[i] * (1 - r * r);
      keptStats[k] = new double[p];
      for (int j = 0; j < p; j++) {
        keptStats[k][j] = stats[i][j] - target[j];
        logit[j][k] = logit(proposals.get(i).unit()[j]);
      }
    }
    // 3. regression adjustment of each key on the logit scale, then the weighted percentiles
    double[] lower = new double[p];
    double[] upper = new double[p];
    double[] median = new double[p];
    for (int j = 0; j < p; j++) {
      double[] beta = regression(keptStats, logit[j], weight);
      double[] adjusted = new double[kept];
      for (int k = 0; k < kept; k++) {
        double shift = 0;
        for (int m = 0; m < p; m++) {
          shift += beta[m + 1] * keptStats[k][m];
        }
        adjusted[k] = expit(logit[j][k] - shift);
      }
      lower[j] = weightedPercentile(adjusted, weight, 0.05);
      median[j] = weightedPercentile(adjusted, weight, 0.50);
      upper[j] = weightedPercentile(adjusted, weight, 0.95);
    }
    return new Result(lower, upper, median, n, boxes.size(), kept);
  }

  /** Whether an interval reaches near a side of the last box that is not the range's end. */
  static boolean needsWiderBox(Result r, double[][] box) {
    for (int j = 0; j < r.lower().length; j++) {
      double margin = 0.1 * (box[1][j] - box[0][j]);
      if (box[0][j] > 0 && r.lower()[j] < box[0][j] + margin) {
        return true;
      }
      if (box[1][j] < 1 && r.upper()[j] > box[1][j] - margin) {
        return true;
      }
    }
    return false;
  }

  /** The density the proposals were drawn from at {@code u}, up to a constant. */
  private static double proposalDensity(double[] u, List<double[][]> boxes, int[] counts) {
    double density = 0;
    for (int b = 0; b < boxes.size(); b++) {
      double[][] box = boxes.get(b);
      boolean inside = true;
      double volume = 1;
      for (int j = 0; j < u.length; j++) {
        inside &= u[j] >= box[0][j] && u[j] <= box[1][j];
        volume *= Math.max(1e-12, box[1][j] - box[0][j]);
      }
      if (inside) {
        density += counts[b] / volume;
      }
    }
    return density;
  }

  /**
   * Weighted least squares of y on [1, x] with a slight ridge on the slopes (the summaries of a
   * column are strongly correlated), on standardised columns; returns intercept and slopes on the
   * original scale.
   */
  static double[] regression(double[][] x, double[] y, double[] w) {
    int n = x.length;
    int m = x[0].length;
    double wsum = 0;
    for (double v : w) {
      wsum += v;
    }
    double[] mean = new double[m];
    double[] sd = new double[m];
    for (int c = 0; c < m; c++) {
      double[] col = column(x, c);
      mean[c] = weightedMean(col, w);
      sd[c] = Math.max(1e-12, weightedSd(col, w));
    }
    RealMatrix a = new Array2DRowRealMatrix(m + 1, m + 1);
    RealVector b = new ArrayRealVector(m + 1);
    double[] row = new double[m + 1];
    for (int i = 0; i < n; i++) {
      row[0] = 1;
      for (int c = 0; c < m; c++) {
        row[c + 1] = (x[i][c] - mean[c]) / sd[c];
      }
      for (int r = 0; r <= m; r++) {
        b.addToEntry(r, w[i] / wsum * row[r] * y[i]);
        for (int c = 0; c <= m; c++) {
          a.addToEntry(r, c, w[i] / wsum * row[r] * row[c]);
        }
      }
    }
    double ridge = 1e-6;
    double[] z;
    while (true) {
      RealMatrix penalised = a.copy();
      for (int c = 1; c <= m; c++) {
        penalised.addToEntry(c, c, ridge);
      }
      try {
        z = new LUDecomposition(penalised).getSolver().solve(b).toArray();
        break;
      } catch (SingularMatrixException e) {
        ridge *= 100;
      }
    }
    double[] beta = new double[m + 1];
    beta[0] = z[0];
    for (int c = 0; c < m; c++) {
      beta[c + 1] = z[c + 1] / sd[c];
      beta[0] -= beta[c + 1] * mean[c];
    }
    return beta;
  }

  private static double predict(double[] beta, double[] x) {
    double v = beta[0];
    for (int c = 0; c < x.length; c++) {
      v += beta[c + 1] * x[c];
    }
    return v;
  }

  static double weightedPercentile(double[] values, double[] weights, double q) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]).thenComparing(i -> i));
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double cumulative = 0;
    for (Integer i : order) {
      cumulative += weights[i];
      if (cumulative >= q * total) {
        return values[i];
      }
    }
    return values[order[order.length - 1]];
  }

  private static double[] column(double[][] x, int c) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i][c];
    }
    return out;
  }

  private static double weightedMean(double[] v, double[] w) {
    double s = 0;
    double t = 0;
    for (int i = 0; i < v.length; i++) {
      s += w[i] * v[i];
      t += w[i];
    }
    return s / t;
  }

  private static double weightedSd(double[] v, double[] w) {
    double mean = weightedMean(v, w);
    double s = 0;
    double t = 0;
    for (int i = 0; i < v.length; i++) {
      s += w[i] * (v[i] - mean) * (v[i] - mean);
      t += w[i];
    }
    return Math.sqrt(s / t);
  }

  private static final double EDGE = 1e-6;

  private static double logit(double u) {
    double c = Math.min(1 - EDGE, Math.max(EDGE, u));
    return Math.log(c / (1 - c));
  }

  private static double expit(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
