package badaboum.sweep.design;

import badaboum.scenario.DesignKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Latin hypercube sampling: n points such that, for each factor, the unit interval split into n
 * equal strata holds exactly one point per stratum; the strata are matched across factors by
 * independent random permutations.
 *
 * <p>For a {@link Range}, the point in stratum s sits at a uniform position inside it, {@code u =
 * (s + U)/n}, then is scaled to the range. For {@link Levels} or {@link Steps} with m values,
 * stratum s takes level ⌊s·m/n⌋: the levels are dealt out in equal blocks (each appears ⌊n/m⌋ or
 * ⌈n/m⌉ times) and the permutation then shuffles them, the discrete analogue of one sample per
 * stratum.
 *
 * <p>Draws come from a {@link MersenneTwister} seeded with {@code seed}, factor by factor: first
 * the factor's permutation (Fisher–Yates, see {@link Sampling#permutation}), then for a range one
 * {@code nextDouble()} per point in point order.
 *
 * @param n number of points, and of strata per factor
 * @param seed seeds the generator; the same seed gives the same points
 */
public record LhsDesign(int n, long seed) implements Design {

  @Override
  public DesignKind kind() {
    return DesignKind.LHS;
  }

  @Override
  public List<DesignProblem> problems(List<Factor> factors) {
    List<DesignProblem> problems = FactorChecks.common(kind(), factors);
    FactorChecks.atLeastOne(kind(), "n", n, "the number of points (and strata)", problems);
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
    List<Object[]> columns = new ArrayList<>(factors.size());
    for (Factor factor : factors) {
      columns.add(column(factor, random));
    }
    List<DesignPoint> points = new ArrayList<>(n);
    for (int index = 0; index < n; index++) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (int i = 0; i < factors.size(); i++) {
        values.put(factors.get(i).path(), columns.get(i)[index]);
      }
      points.add(new DesignPoint(index, values, PointTag.None.INSTANCE));
    }
    return points;
  }

  /** One factor's values for all n points. */
  private Object[] column(Factor factor, RandomGenerator random) {
    int[] stratum = Sampling.permutation(n, random);
    Object[] column = new Object[n];
    if (factor instanceof Range range) {
      for (int point = 0; point < n; point++) {
        double u = (stratum[point] + random.nextDouble()) / n;
        column[point] = range.valueAt(Math.min(1.0, u));
      }
    } else {
      List<Object> levels = new ArrayList<>(((Factor.Discrete) factor).levels());
      for (int point = 0; point < n; point++) {
        column[point] = levels.get((int) ((long) stratum[point] * levels.size() / n));
      }
    }
    return column;
  }
}
