package badaboum.sweep.design;

import java.util.ArrayList;
import java.util.List;

/**
 * The run outputs of one {@link MorrisDesign} trajectory, with what changed between its points, as
 * the elementary-effects estimator reads them: for s = 1..k, factor {@code changedFactors()[s]}
 * moved by {@code deltas()[s]} (normalised units) from point s-1 to point s, so its elementary
 * effect is {@code (outputs[s] - outputs[s-1]) / deltas[s]}. Index 0 is the starting point (factor
 * -1, delta 0), matching the points' {@link PointTag.Morris} tags step for step.
 *
 * <p>Accessors return copies, so the instance stays immutable.
 */
public final class MorrisTrajectory {
  private final int trajectory;
  private final int[] changedFactors;
  private final double[] deltas;
  private final double[] outputs;

  private MorrisTrajectory(
      int trajectory, int[] changedFactors, double[] deltas, double[] outputs) {
    this.trajectory = trajectory;
    this.changedFactors = changedFactors;
    this.deltas = deltas;
    this.outputs = outputs;
  }

  /**
   * Regroups outputs by the points' {@link PointTag.Morris} tags, one entry per trajectory in
   * trajectory order.
   *
   * @param points the expansion of a Morris design (any order, as long as outputs match it)
   * @param outputs outputs[p] is the output of points.get(p); NaN is passed through
   * @throws IllegalArgumentException when a point is not a Morris point, or steps are missing or
   *     repeated
   */
  public static List<MorrisTrajectory> regroup(List<DesignPoint> points, double[] outputs) {
    Sampling.requireOneOutputPerPoint(points, outputs);
    int r = 0;
    int steps = 0;
    for (DesignPoint point : points) {
      PointTag.Morris tag = tagOf(point);
      r = Math.max(r, tag.trajectory() + 1);
      steps = Math.max(steps, tag.step() + 1);
    }
    if ((long) r * steps != points.size()) {
      throw new IllegalArgumentException(
          points.size() + " points do not make r·(k+1) for r = " + r + ", k+1 = " + steps);
    }
    int[][] changed = new int[r][steps];
    double[][] deltas = new double[r][steps];
    double[][] values = new double[r][steps];
    boolean[][] seen = new boolean[r][steps];
    for (int p = 0; p < points.size(); p++) {
      PointTag.Morris tag = tagOf(points.get(p));
      int t = tag.trajectory();
      int s = tag.step();
      if (seen[t][s]) {
        throw new IllegalArgumentException("two points are tagged " + tag);
      }
      seen[t][s] = true;
      changed[t][s] = tag.changedFactor();
      deltas[t][s] = tag.delta();
      values[t][s] = outputs[p];
    }
    List<MorrisTrajectory> trajectories = new ArrayList<>(r);
    for (int t = 0; t < r; t++) {
      trajectories.add(new MorrisTrajectory(t, changed[t], deltas[t], values[t]));
    }
    return trajectories;
  }

  /** The trajectory's 0-based number. */
  public int trajectory() {
    return trajectory;
  }

  /** k+1 entries: the factor changed to reach each point; -1 for the first. */
  public int[] changedFactors() {
    return changedFactors.clone();
  }

  /** k+1 entries: the signed change of that factor, normalised; 0 for the first. */
  public double[] deltas() {
    return deltas.clone();
  }

  /** k+1 entries: the output at each point of the trajectory. */
  public double[] outputs() {
    return outputs.clone();
  }

  private static PointTag.Morris tagOf(DesignPoint point) {
    if (point.tag() instanceof PointTag.Morris tag) {
      return tag;
    }
    throw new IllegalArgumentException(
        "point " + point.index() + " is not a Morris point: " + point.tag());
  }
}
