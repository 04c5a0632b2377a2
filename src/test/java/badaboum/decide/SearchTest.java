package badaboum.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The search finds the known optimum of the reference problems Commons Math's own CMA-ES and BOBYQA
 * tests use (sphere, ellipsoid, Rosenbrock, Rastrigin), moved into the unit cube.
 */
class SearchTest {

  /** A point of the cube mapped to [-a, a]^n around a chosen optimum. */
  static double[] shifted(double[] u, double scale, double optimum) {
    double[] x = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      x[i] = (u[i] - optimum) * scale;
    }
    return x;
  }

  static double sphere(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v * v;
    }
    return s;
  }

  static double ellipsoid(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += Math.pow(1e3, i / (x.length - 1.0)) * x[i] * x[i];
    }
    return s;
  }

  static double rosenbrock(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length - 1; i++) {
      s += 100 * Math.pow(x[i] * x[i] - x[i + 1], 2) + Math.pow(x[i] - 1, 2);
    }
    return s;
  }

  static double rastrigin(double[] x) {
    double s = 10 * x.length;
    for (double v : x) {
      s += v * v - 10 * Math.cos(2 * Math.PI * v);
    }
    return s;
  }

  static Search.Best cmaes(ToDoubleFunction<double[]> f, int n, int evaluations) {
    double[] start = new double[n];
    java.util.Arrays.fill(start, 0.1);
    return Search.minimise(
        f, start, new Search.Settings(Search.Method.CMAES, evaluations, 0.3, 42));
  }

  @Test
  void cmaesFindsTheSphereAndEllipsoidMinima() {
    Search.Best sphere = cmaes(u -> sphere(shifted(u, 4, 0.63)), 5, 3000);
    assertThat(sphere.value()).isLessThan(1e-8);
    assertThat(sphere.point())
        .containsExactly(new double[] {0.63, 0.63, 0.63, 0.63, 0.63}, within(1e-4));
    Search.Best elli = cmaes(u -> ellipsoid(shifted(u, 4, 0.3)), 4, 4000);
    assertThat(elli.value()).isLessThan(1e-8);
  }

  @Test
  void cmaesFindsRosenbrocksValley() {
    // x = 4u − 2: the optimum (1, 1, 1, 1) is at u = 0.75
    Search.Best best = cmaes(u -> rosenbrock(shifted(u, 4, 0.5)), 4, 6000);
    assertThat(best.value()).isLessThan(1e-6);
    assertThat(best.point()).containsExactly(new double[] {0.75, 0.75, 0.75, 0.75}, within(1e-3));
  }

  @Test
  void restartsWithALargerPopulationReachRastriginsGlobalMinimum() {
    // many local minima one unit apart; the global one at x = 0, u = 0.5 (x = 10u − 5)
    Search.Best best = cmaes(u -> rastrigin(shifted(u, 10, 0.5)), 2, 20000);
    assertThat(best.value()).isLessThan(1e-6);
  }

  @Test
  void bobyqaFindsASmoothMinimum() {
    Search.Best best =
        Search.minimise(
            u -> rosenbrock(shifted(u, 4, 0.5)),
            new double[] {0.2, 0.2},
            new Search.Settings(Search.Method.BOBYQA, 2000, 0.1, 0));
    assertThat(best.value()).isLessThan(1e-6);
    assertThatThrownBy(
            () ->
                Search.minimise(
                    u -> u[0],
                    new double[] {0.5},
                    new Search.Settings(Search.Method.BOBYQA, 10, 0.1, 0)))
        .hasMessageContaining("BOBYQA needs two knobs or more");
  }

  @Test
  void theBudgetIsNeverExceededAndTheSameSeedAsksForTheSamePoints() {
    List<double[]> first = new ArrayList<>();
    List<double[]> second = new ArrayList<>();
    Search.Best a = cmaes(u -> record(first, u), 3, 57);
    Search.Best b = cmaes(u -> record(second, u), 3, 57);
    assertThat(first).hasSize(57);
    assertThat(a.evaluations()).isEqualTo(57);
    assertThat(second).usingRecursiveComparison().isEqualTo(first);
    assertThat(b.value()).isEqualTo(a.value());
    assertThat(first.stream().flatMapToDouble(java.util.Arrays::stream).boxed())
        .allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
  }

  private static double record(List<double[]> seen, double[] u) {
    seen.add(u.clone());
    return sphere(shifted(u, 1, 0.2));
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
