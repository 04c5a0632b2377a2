package badaboum.scenario;

import java.util.List;

/**
 * The {@code sweep:} section: which design, how many samples, and the parameters it varies, each
 * addressed by a dotted path into the effective scenario and remembered with its position.
 *
 * @param samples points for random and lhs; base samples N for sobol
 * @param trajectories morris: r
 * @param levels morris: p, the grid levels of each factor
 */
public record SweepSpec(
    SweepDesignName design,
    int samples,
    int trajectories,
    int levels,
    List<Factor> factors,
    Position position) {

  public SweepSpec {
    factors = List.copyOf(factors);
  }

  /** No sweep section: one point, the scenario as written. */
  public static SweepSpec none(Position position) {
    return new SweepSpec(SweepDesignName.GRID, 0, 0, 0, List.of(), position);
  }

  public boolean isNone() {
    return factors.isEmpty();
  }

  /** How a parameter varies: a list of levels, steps from/to, or a continuous range. */
  public enum Kind {
    LEVELS,
    STEPS,
    RANGE
  }

  /**
   * One varied parameter.
   *
   * @param levels the values for {@link Kind#LEVELS} (Long, Double, Boolean or String)
   */
  public record Factor(
      String path,
      Position position,
      Kind kind,
      List<Object> levels,
      double from,
      double to,
      double step,
      double min,
      double max,
      boolean integer) {

    public Factor {
      levels = List.copyOf(levels);
    }

    /** The values that show whether a path and its extremes are valid: levels, or the ends. */
    List<Object> probes() {
      return switch (kind) {
        case LEVELS -> levels;
        case STEPS -> List.of(asWritten(from), asWritten(to));
        case RANGE ->
            integer ? List.of((long) Math.ceil(min), (long) Math.floor(max)) : List.of(min, max);
      };
    }

    /** Whole numbers probe as whole numbers, as the design will produce them. */
    private static Object asWritten(double value) {
      return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : value;
    }
  }
}
