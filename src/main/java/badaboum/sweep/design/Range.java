package badaboum.sweep.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A continuous interval {@code {min, max}} to sample, for random, Latin hypercube, Sobol and Morris
 * designs. With {@code integer} the values are whole numbers ({@link Long}) from ⌈min⌉ to ⌊max⌋,
 * each with an equal share of the unit interval; otherwise they are {@link Double}s.
 */
public record Range(String path, double min, double max, boolean integer) implements Factor {

  /** Whole numbers beyond ±2^53 are not all representable as doubles. */
  private static final double LARGEST_EXACT_WHOLE = 0x1p53;

  public Range {
    Objects.requireNonNull(path, "path");
  }

  /** A continuous range. */
  public static Range of(String path, double min, double max) {
    return new Range(path, min, max, false);
  }

  /** A range of whole numbers from ⌈min⌉ to ⌊max⌋. */
  public static Range ofIntegers(String path, double min, double max) {
    return new Range(path, min, max, true);
  }

  @Override
  public List<DesignProblem> problems() {
    List<DesignProblem> problems = new ArrayList<>();
    if (!Double.isFinite(min)) {
      problems.add(new DesignProblem(path, "min must be a finite number, got " + min));
    }
    if (!Double.isFinite(max)) {
      problems.add(new DesignProblem(path, "max must be a finite number, got " + max));
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    if (min > max) {
      problems.add(
          new DesignProblem(
              path,
              "min ("
                  + Values.plain(min)
                  + ") must be < max ("
                  + Values.plain(max)
                  + "); swap them"));
    } else if (min == max) {
      problems.add(
          new DesignProblem(
              path,
              "min and max are both "
                  + Values.plain(min)
                  + "; give max > min, or set the parameter in the scenario instead of varying it"));
    } else if (integer && Math.max(-min, max) > LARGEST_EXACT_WHOLE) {
      problems.add(
          new DesignProblem(
              path,
              "an integer range must lie within ±9007199254740992 (2^53), got ["
                  + Values.plain(min)
                  + ", "
                  + Values.plain(max)
                  + "]"));
    } else if (integer && Math.ceil(min) > Math.floor(max)) {
      problems.add(
          new DesignProblem(
              path,
              "integer range ["
                  + Values.plain(min)
                  + ", "
                  + Values.plain(max)
                  + "] holds no whole number; widen it or drop integer"));
    }
    return problems;
  }

  /**
   * The value at unit coordinate {@code u} in [0, 1]: {@code min} at 0, {@code max} at 1, linear in
   * between; for integers, {@code ⌈min⌉ + ⌊u·(count)⌋} capped at ⌊max⌋, so whole numbers share [0,
   * 1) equally. Always within the range, whatever the rounding.
   */
  public Object valueAt(double u) {
    if (u < 0 || u > 1 || Double.isNaN(u)) {
      throw new IllegalArgumentException("unit coordinate must be in [0, 1], got " + u);
    }
    if (integer) {
      long low = (long) Math.ceil(min);
      long high = (long) Math.floor(max);
      long value = low + (long) Math.floor(u * (double) (high - low + 1));
      return Math.min(high, value);
    }
    // (1-u)·min + u·max hits both ends exactly and cannot overflow where max - min would.
    double value = (1 - u) * min + u * max;
    return Math.min(max, Math.max(min, value));
  }
}
