package badaboum.sweep.design;

import badaboum.scenario.DesignKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Simple random sampling: n independent points, each factor uniform on its {@link Range} (integer
 * ranges uniform over their whole numbers) or a uniform choice among its {@link Levels} or {@link
 * Steps}.
 *
 * <p>Draws come from a {@link MersenneTwister} seeded with {@code seed}, point by point and, within
 * a point, factor by factor: one {@code nextDouble()} per range, one {@code nextInt(size)} per
 * discrete factor.
 *
 * @param n number of points
 * @param seed seeds the generator; the same seed gives the same points
 */
public record RandomDesign(int n, long seed) implements Design {

  @Override
  public DesignKind kind() {
    return DesignKind.RANDOM;
  }

  @Override
  public List<DesignProblem> problems(List<Factor> factors) {
    List<DesignProblem> problems = FactorChecks.common(kind(), factors);
    FactorChecks.atLeastOne(kind(), "n", n, "the number of points to draw", problems);
    return problems;
  }

  @Override
  public int pointCount(List<Factor> factors) {
    DesignException.throwIfAny(problems(factors));
    return n;
  }

  @Override
  public List<DesignPoint> expand(List<Factor> factors) {
    DesignException.throwIfAny(problems(factors));
    RandomGenerator random = new MersenneTwister(seed);
    List<DesignPoint> points = new ArrayList<>(n);
    for (int index = 0; index < n; index++) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (Factor factor : factors) {
        values.put(factor.path(), draw(factor, random));
      }
      points.add(new DesignPoint(index, values, PointTag.None.INSTANCE));
    }
    return points;
  }

  private static Object draw(Factor factor, RandomGenerator random) {
    if (factor instanceof Range range) {
      return range.valueAt(random.nextDouble());
    }
    Factor.Discrete discrete = (Factor.Discrete) factor;
    return discrete.level(random.nextInt(discrete.size()));
  }
}
