package badaboum.sweep.design;

import badaboum.scenario.DesignKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for first- and total-order Sobol indices (Saltelli et al. 2010).
 *
 * <p>n base samples are the points 1..n of Commons Math's {@link SobolSequenceGenerator} in 2k
 * dimensions; point 0, all zeros, is skipped as is customary (an exact corner of the cube). Of each
 * base sample j, the first k coordinates form A_j and the last k form B_j, each scaled to the
 * factors' ranges. The points are listed, for each j in turn: A_j, B_j, then AB_j^(i) for i =
 * 0..k-1 (A_j with column i taken from B_j), so there are n·(k+2) points, tagged with {@link
 * PointTag.Sobol}.
 *
 * <p>Note that point 1 is the centre (0.5, ..., 0.5) in every dimension, so A_0 = B_0 and base
 * sample 0 adds nothing to the estimators' differences f(B) - f(AB); it is kept so the design is
 * exactly the sequence's points 1..n. Fully deterministic: the sequence is not scrambled, so there
 * is no seed. Takes {@link Range}s only; at most 500 factors (Commons Math's built-in direction
 * numbers cover 1000 dimensions).
 *
 * @param n number of base samples
 */
public record SobolDesign(int n) implements Design {

  /** Half of the 1000 dimensions Commons Math's built-in direction numbers support. */
  public static final int MAX_FACTORS = 500;

  @Override
  public DesignKind kind() {
    return DesignKind.SOBOL;
  }

  @Override
  public List<DesignProblem> problems(List<Factor> factors) {
    List<DesignProblem> problems = FactorChecks.common(kind(), factors);
    FactorChecks.rangesOnly(kind(), factors, problems);
    FactorChecks.atLeastOne(kind(), "n", n, "the number of base samples", problems);
    if (factors.size() > MAX_FACTORS) {
      problems.add(
          DesignProblem.ofDesign(
              "design sobol takes at most "
                  + MAX_FACTORS
                  + " factors, got "
                  + factors.size()
                  + "; screen them first with morris"));
    }
    FactorChecks.fitsInIndex(kind(), "n·(k+2)", count(factors), "use a smaller n", problems);
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
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
    sequence.nextVector(); // point 0 is all zeros: skip it (see above)
    List<DesignPoint> points = new ArrayList<>(count);
    for (int base = 0; base < n; base++) {
      double[] sample = sequence.nextVector();
      double[] a = Arrays.copyOfRange(sample, 0, k);
      double[] b = Arrays.copyOfRange(sample, k, 2 * k);
      add(points, factors, a, new PointTag.Sobol(PointTag.Sobol.Role.A, base, -1));
      add(points, factors, b, new PointTag.Sobol(PointTag.Sobol.Role.B, base, -1));
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        add(points, factors, ab, new PointTag.Sobol(PointTag.Sobol.Role.AB, base, i));
      }
    }
    return points;
  }

  private static void add(
      List<DesignPoint> points, List<Factor> factors, double[] unit, PointTag.Sobol tag) {
    points.add(new DesignPoint(points.size(), Sampling.rangeValues(factors, unit), tag));
  }

  private long count(List<Factor> factors) {
    return (long) n * (factors.size() + 2);
  }
}
