package badaboum.sweep.design;

import badaboum.scenario.DesignKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Full factorial: every combination of every factor's levels, in odometer order with the LAST
 * factor varying fastest (so with factors a ∈ {1, 2} and b ∈ {x, y, z} the points are 1x, 1y, 1z,
 * 2x, 2y, 2z). Takes {@link Levels} and {@link Steps}.
 *
 * @param maxPoints the caller's limit on the number of points (e.g. 1,000,000); a larger grid is
 *     refused with a message rather than expanded
 */
public record GridDesign(int maxPoints) implements Design {

  public GridDesign {
    if (maxPoints < 1) {
      throw new IllegalArgumentException("maxPoints must be >= 1, got " + maxPoints);
    }
  }

  @Override
  public DesignKind kind() {
    return DesignKind.GRID;
  }

  @Override
  public List<DesignProblem> problems(List<Factor> factors) {
    List<DesignProblem> problems = FactorChecks.common(kind(), factors);
    FactorChecks.noRanges(kind(), factors, problems);
    if (problems.isEmpty()) {
      BigInteger count = count(factors);
      if (count.compareTo(BigInteger.valueOf(maxPoints)) > 0) {
        problems.add(
            DesignProblem.ofDesign(
                String.format(
                    Locale.ROOT,
                    "design grid has %,d points, more than the limit of %,d;"
                        + " vary fewer levels, or sample with random or lhs",
                    count,
                    maxPoints)));
      }
    }
    return problems;
  }

  @Override
  public int pointCount(List<Factor> factors) {
    DesignException.throwIfAny(problems(factors));
    return count(factors).intValueExact();
  }

  @Override
  public List<DesignPoint> expand(List<Factor> factors) {
    int count = pointCount(factors);
    int k = factors.size();
    List<List<Object>> levels = new ArrayList<>(k);
    for (Factor factor : factors) {
      levels.add(new ArrayList<>(((Factor.Discrete) factor).levels()));
    }
    List<DesignPoint> points = new ArrayList<>(count);
    int[] digits = new int[k];
    for (int index = 0; index < count; index++) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (int i = 0; i < k; i++) {
        values.put(factors.get(i).path(), levels.get(i).get(digits[i]));
      }
      points.add(new DesignPoint(index, values, PointTag.None.INSTANCE));
      // Odometer: bump the last digit, carrying leftwards.
      for (int i = k - 1; i >= 0 && ++digits[i] == levels.get(i).size(); i--) {
        digits[i] = 0;
      }
    }
    return points;
  }

  /** The product of level counts; a BigInteger because it may be absurdly large. */
  private static BigInteger count(List<Factor> factors) {
    BigInteger count = BigInteger.ONE;
    for (Factor factor : factors) {
      count = count.multiply(BigInteger.valueOf(((Factor.Discrete) factor).size()));
    }
    return count;
  }
}
