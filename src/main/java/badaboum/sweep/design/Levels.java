package badaboum.sweep.design;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An explicit list of values, for example {@code management.kpi: [fans, active_members]}. Grid
 * takes every level; random and Latin hypercube choose among them uniformly.
 *
 * <p>Numbers are normalised on the way in: whole-number types become {@link Long}, floating types
 * become {@link Double}, so that {@code 3} from YAML and {@code 3L} from code are the same level.
 * Strings and Booleans are kept; anything else (and null) is reported by {@link #problems()}.
 *
 * @param values in the order given; that order is the grid's order
 */
public record Levels(String path, List<Object> values) implements Factor.Discrete {

  public Levels {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(values, "values");
    List<Object> normalised = new ArrayList<>(values.size());
    for (Object value : values) {
      normalised.add(normalise(value));
    }
    // Not List.copyOf: a null level must survive to be reported by problems(), not throw here.
    values = Collections.unmodifiableList(normalised);
  }

  /** Convenience for code and tests: {@code Levels.of("management.kpi", "fans", "active")}. */
  public static Levels of(String path, Object... values) {
    return new Levels(path, Arrays.asList(values));
  }

  @Override
  public List<DesignProblem> problems() {
    List<DesignProblem> problems = new ArrayList<>();
    if (values.isEmpty()) {
      problems.add(new DesignProblem(path, "give at least one level, e.g. [a, b]"));
    }
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      String which = "level " + (i + 1);
      if (value == null) {
        problems.add(
            new DesignProblem(path, which + " is empty; give a number, a string or a boolean"));
      } else if (value instanceof Double d && !Double.isFinite(d)) {
        problems.add(new DesignProblem(path, which + " is " + d + "; give a finite number"));
      } else if (!(value instanceof Long
          || value instanceof Double
          || value instanceof String
          || value instanceof Boolean)) {
        problems.add(
            new DesignProblem(
                path, which + " is " + value + "; give a number, a string or a boolean instead"));
      } else if (values.subList(0, i).contains(value)) {
        problems.add(
            new DesignProblem(
                path, "level " + Values.show(value) + " is listed twice; list each level once"));
      }
    }
    return problems;
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public Object level(int index) {
    return values.get(index);
  }

  @Override
  public List<Object> levels() {
    return values;
  }

  private static Object normalise(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < Long.SIZE) {
      return big.longValue();
    }
    if (value instanceof Float f) {
      // Through the decimal text, so 0.1f becomes 0.1 rather than 0.10000000149011612.
      return Double.valueOf(Float.toString(f));
    }
    if (value instanceof BigDecimal big) {
      return big.doubleValue();
    }
    return value;
  }
}
