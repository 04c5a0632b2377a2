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
    @Key(
            value = "grid",
            meaning =
                "how points are chosen: full factorial, random or Latin hypercube samples,"
                    + " Saltelli's sampling for Sobol indices, or Morris trajectories for"
                    + " elementary effects")
        DesignKind design,
    @Key(
            value = "64",
            min = 1,
            max = 1_000_000,
            unit = "points (random, lhs) or base samples N (sobol)",
            meaning =
                "random and lhs: points; sobol: base samples N (then N × (k + 2) points for k"
                    + " parameters)")
        int samples,
    @Key(
            value = "10",
            min = 1,
            max = 100_000,
            unit = "morris trajectories r",
            meaning = "morris: trajectories r (r × (k + 1) points)")
        int trajectories,
    @Key(
            value = "4",
            min = 2,
            max = 100,
            unit = "morris grid levels p",
            meaning = "morris: grid levels p (even)")
        int levels,
    @Key(
            name = "vary",
            type = "mapping",
            meaning =
                "the parameters varied, each a dotted path into the effective scenario"
                    + " (`audience.prize_seekers`, `management.kpi`,"
                    + " `strategies.boum.contests[0].prize`; `strategies.*.posts_per_week` sets it"
                    + " in every strategy), with a list of levels `[a, b, c]` (grid, random, lhs),"
                    + " steps `{from, to, step}` (grid; `to` included) or a range `{min, max}` with"
                    + " optional `integer: true` (random, lhs, sobol, morris)")
        List<Factor> factors,
    @Given Position position) {
  public SweepSpec {
    Catalog.check(SweepSpec.class, design, samples, trajectories, levels, factors, position);
    factors = List.copyOf(factors);
  }

  /** No sweep section: one point, the scenario as written. */
  public static SweepSpec none(Position position) {
    return new SweepSpec(
        DesignKind.GRID,
        (Integer) Catalog.key(SweepSpec.class, "samples").defaultValue(),
        (Integer) Catalog.key(SweepSpec.class, "trajectories").defaultValue(),
        (Integer) Catalog.key(SweepSpec.class, "levels").defaultValue(),
        List.of(),
        position);
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
