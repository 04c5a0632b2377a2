package badaboum.sweep.design;

import java.util.Objects;

/** What a design point means to the sensitivity analysis, beyond its parameter values. */
public sealed interface PointTag permits PointTag.None, PointTag.Sobol, PointTag.Morris {

  /** Grid, random and Latin hypercube points: nothing beyond their values. */
  record None() implements PointTag {
    public static final None INSTANCE = new None();
  }

  /**
   * A point of Saltelli's scheme for Sobol indices.
   *
   * @param role which matrix the point is a row of
   * @param base the base sample j, 0-based
   * @param factor for {@link Role#AB}, the 0-based index (in factor order) of the column taken from
   *     B; -1 for A and B
   */
  record Sobol(Role role, int base, int factor) implements PointTag {
    public Sobol {
      Objects.requireNonNull(role, "role");
      if ((role == Role.AB) != (factor >= 0)) {
        throw new IllegalArgumentException("factor must be >= 0 for AB and -1 otherwise");
      }
    }

    /** A_j, B_j, or AB_j^(i): A_j with column i taken from B_j. */
    public enum Role {
      A,
      B,
      AB
    }
  }

  /**
   * A point of a Morris trajectory.
   *
   * @param trajectory 0-based trajectory t
   * @param step 0..k within the trajectory; 0 is its starting point
   * @param changedFactor 0-based index (in factor order) of the one factor changed to reach this
   *     point from the previous one; -1 at step 0
   * @param delta the signed change of that factor in normalised [0, 1] units, ±p/(2(p-1)); 0 at
   *     step 0
   */
  record Morris(int trajectory, int step, int changedFactor, double delta) implements PointTag {}
}
