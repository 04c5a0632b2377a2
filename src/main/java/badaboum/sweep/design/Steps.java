package badaboum.sweep.design;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A numeric range walked in equal steps: {@code {from: 0.05, to: 0.35, step: 0.10}} gives 0.05,
 * 0.15, 0.25, 0.35.
 *
 * <p>Values are computed as {@code from + i·step} in decimal arithmetic on the numbers as written
 * (their shortest decimal form), so there is no floating drift: the 4th value above is exactly the
 * double nearest 0.35, not 0.35000000000000003. {@code to} is included when a step lands on it
 * within a relative tolerance of 1e-9, and no value ever passes {@code to}: a last step that
 * overshoots it by less than the tolerance is pulled back to {@code to} as written. When from, to
 * and step are all whole numbers the values are {@link Long}s, else {@link Double}s.
 */
public record Steps(String path, double from, double to, double step) implements Factor.Discrete {

  /** More values than this is almost surely a typo in the step, and would not fit in memory. */
  public static final int MAX_VALUES = 1_000_000;

  private static final double RELATIVE_TOLERANCE = 1e-9;

  /** Whole numbers beyond this are not all representable as doubles; keep them as Double. */
  private static final double LARGEST_EXACT_WHOLE = 0x1p53;

  public Steps {
    Objects.requireNonNull(path, "path");
  }

  @Override
  public List<DesignProblem> problems() {
    List<DesignProblem> problems = new ArrayList<>();
    requireFinite("from", from, problems);
    requireFinite("to", to, problems);
    requireFinite("step", step, problems);
    if (!problems.isEmpty()) {
      return problems;
    }
    if (step <= 0) {
      problems.add(new DesignProblem(path, "step must be > 0, got " + Values.plain(step)));
    }
    if (from > to) {
      problems.add(
          new DesignProblem(
              path,
              "from ("
                  + Values.plain(from)
                  + ") must be <= to ("
                  + Values.plain(to)
                  + "); swap them"));
    }
    if (problems.isEmpty() && stepsBeyondFrom().compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
      problems.add(
          new DesignProblem(
              path,
              String.format(
                  Locale.ROOT,
                  "{from: %s, to: %s, step: %s} gives more than %,d values; use a larger step",
                  Values.plain(from),
                  Values.plain(to),
                  Values.plain(step),
                  MAX_VALUES)));
    }
    return problems;
  }

  @Override
  public int size() {
    return stepsBeyondFrom().intValueExact() + 1;
  }

  @Override
  public Object level(int index) {
    int size = size();
    Objects.checkIndex(index, size);
    BigDecimal value = exact(from).add(exact(step).multiply(BigDecimal.valueOf(index)));
    if (index == size - 1) {
      // Within tolerance of `to`: honour the bound as written, never step past it.
      value = value.min(exact(to));
    }
    return wholeNumbers() ? (Object) value.longValueExact() : (Object) value.doubleValue();
  }

  @Override
  public List<Object> levels() {
    int size = size();
    return new AbstractList<>() {
      @Override
      public Object get(int index) {
        return level(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  private void requireFinite(String name, double number, List<DesignProblem> problems) {
    if (!Double.isFinite(number)) {
      problems.add(new DesignProblem(path, name + " must be a finite number, got " + number));
    }
  }

  /** How many whole steps fit between from and to, allowing for the tolerance. */
  private BigDecimal stepsBeyondFrom() {
    BigDecimal ratio = exact(to).subtract(exact(from)).divide(exact(step), MathContext.DECIMAL64);
    BigDecimal slack = ratio.max(BigDecimal.ONE).multiply(BigDecimal.valueOf(RELATIVE_TOLERANCE));
    return ratio.add(slack).setScale(0, RoundingMode.FLOOR);
  }

  /** True when from, to and step are whole numbers, so the values are Longs. */
  boolean wholeNumbers() {
    return isWhole(from) && isWhole(to) && isWhole(step);
  }

  private static boolean isWhole(double number) {
    return number == Math.rint(number) && Math.abs(number) <= LARGEST_EXACT_WHOLE;
  }

  /** The number as its shortest decimal text, which is what the user wrote. */
  private static BigDecimal exact(double number) {
    return BigDecimal.valueOf(number);
  }
}
