package badaboum.sweep.design;

import badaboum.scenario.DesignKind;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris (1991) elementary-effects screening with classic random trajectories.
 *
 * <p>Each factor lives on a p-level grid {0, 1/(p-1), ..., 1} of the unit interval and moves by Δ =
 * p/(2(p-1)), that is p/2 grid steps (p even, so both ends of every move are on the grid). For each
 * of r trajectories: for each factor, a base level x* is drawn uniformly among those with x* + Δ ≤
 * 1 and a direction uniformly among up and down (both always allowed: the move is between x* and x*
 * + Δ, starting from x* when up and from x* + Δ when down); then a random order of the factors. The
 * trajectory starts at that point and changes one factor at a time, in that order, by ±Δ: k+1
 * points, every factor changed exactly once. So r·(k+1) points, tagged with {@link
 * PointTag.Morris}; values are the grid coordinates scaled to the factors' ranges.
 *
 * <p>Draws come from a {@link MersenneTwister} seeded with {@code seed}, trajectory by trajectory:
 * for each factor {@code nextInt(p/2)} (base level) then {@code nextBoolean()} (up), then the
 * factor order (Fisher–Yates, see {@link Sampling#permutation}). Takes {@link Range}s only.
 *
 * @param trajectories r, the number of trajectories
 * @param levels p, the number of grid levels; even, 4 by default
 * @param seed seeds the generator; the same seed gives the same points
 */
public record MorrisDesign(int trajectories, int levels, long seed) implements Design {

  public static final int DEFAULT_LEVELS = 4;

  /** r trajectories on the default 4-level grid. */
  public static MorrisDesign of(int trajectories, long seed) {
    return new MorrisDesign(trajectories, DEFAULT_LEVELS, seed);
  }

  /** Δ in normalised units: p/(2(p-1)). */
  public double delta() {
    return levels / (2.0 * (levels - 1));
  }

  @Override
  public DesignKind kind() {
    return DesignKind.MORRIS;
  }

  @Override
  public List<DesignProblem> problems(List<Factor> factors) {
    List<DesignProblem> problems = FactorChecks.common(kind(), factors);
    FactorChecks.rangesOnly(kind(), factors, problems);
    FactorChecks.atLeastOne(kind(), "trajectories", trajectories, "the number r", problems);
    if (levels < 2 || levels % 2 != 0) {
      problems.add(
          DesignProblem.ofDesign(
              "design morris: levels must be an even number >= 2, got "
                  + levels
                  + "; Δ = p/(2(p-1)) lands on the grid only for even p (4 is usual)"));
    }
    FactorChecks.fitsInIndex(
        kind(), "trajectories·(k+1)", count(factors), "use fewer trajectories", problems);
    return problems;
  }

  @Override
  public int pointCount(List<Factor> factors) {
    DesignException.throwIfAny(problems(factors));
    return (int) count(factors);
  }

  @Override
  public List<DesignPoint> expand(List<Factor> factors) {
    int count = pointCount(factors);
    int k = factors.size();
    int jump = levels / 2; // Δ in grid steps
    int lastLevel = levels - 1;
    RandomGenerator random = new MersenneTwister(seed);
    List<DesignPoint> points = new ArrayList<>(count);
    for (int t = 0; t < trajectories; t++) {
      int[] level = new int[k];
      int[] direction = new int[k];
      for (int i = 0; i < k; i++) {
        int base = random.nextInt(levels - jump);
        boolean up = random.nextBoolean();
        direction[i] = up ? 1 : -1;
        level[i] = up ? base : base + jump;
      }
      int[] order = Sampling.permutation(k, random);
      add(points, factors, level, lastLevel, new PointTag.Morris(t, 0, -1, 0.0));
      for (int step = 1; step <= k; step++) {
        int i = order[step - 1];
        level[i] += direction[i] * jump;
        add(
            points,
            factors,
            level,
            lastLevel,
            new PointTag.Morris(t, step, i, direction[i] * delta()));
      }
    }
    return points;
  }

  private static void add(
      List<DesignPoint> points,
      List<Factor> factors,
      int[] level,
      int lastLevel,
      PointTag.Morris tag) {
    double[] unit = new double[level.length];
    for (int i = 0; i < level.length; i++) {
      // Divide rather than multiply by 1/(p-1), so the top level maps to exactly 1.
      unit[i] = level[i] / (double) lastLevel;
    }
    points.add(new DesignPoint(points.size(), Sampling.rangeValues(factors, unit), tag));
  }

  private long count(List<Factor> factors) {
    return (long) trajectories * (factors.size() + 1);
  }
}
