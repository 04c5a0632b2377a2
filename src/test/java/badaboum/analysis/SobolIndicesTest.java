package badaboum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class SobolIndicesTest {

  private static final double A = 7.0;
  private static final double B = 0.1;

  /** Ishigami (1990): sin x1 + a sin² x2 + b x3⁴ sin x1; any further inputs are ignored. */
  private static double ishigami(double[] x) {
    return Math.sin(x[0])
        + A * Math.pow(Math.sin(x[1]), 2)
        + B * Math.pow(x[2], 4) * Math.sin(x[0]);
  }

  /** Outputs of a Saltelli design of N base samples on [−π, π]^k from a Sobol sequence of 2k. */
  private static double[][][] saltelliOutputs(int k, int n) {
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
    sobol.nextVector(); // skip the origin, a corner of the cube
    double[] fA = new double[n];
    double[] fB = new double[n];
    double[][] fAB = new double[k][n];
    for (int j = 0; j < n; j++) {
      double[] u = sobol.nextVector();
      double[] a = new double[k];
      double[] b = new double[k];
      for (int i = 0; i < k; i++) {
        a[i] = -Math.PI + 2 * Math.PI * u[i];
        b[i] = -Math.PI + 2 * Math.PI * u[k + i];
      }
      fA[j] = ishigami(a);
      fB[j] = ishigami(b);
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        fAB[i][j] = ishigami(ab);
      }
    }
    return new double[][][] {{fA, fB}, fAB};
  }

  @Test
  void ishigamiIndicesMatchTheAnalyticValues() {
    // Closed form (Sobol & Levitan 1999; Saltelli et al. 2008, §4.7) for x uniform on [−π, π]:
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = Math.pow(Math.PI, 8);
    double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
    double v2 = A * A / 8;
    double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
    double v = v1 + v2 + v13;
    double[] first = {v1 / v, v2 / v, 0.0};
    double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
    // The usual quoted values, as a check of the formulas above.
    assertThat(first).containsExactly(new double[] {0.3139, 0.4424, 0.0}, within(5e-5));
    assertThat(total).containsExactly(new double[] {0.5576, 0.4424, 0.2437}, within(5e-5));

    double[][][] outputs = saltelliOutputs(3, 8192);
    SobolIndices sobol = SobolIndices.estimate(outputs[0][0], outputs[0][1], outputs[1], 2024L);

    assertThat(sobol.baseSamples()).isEqualTo(8192);
    assertThat(sobol.outputVariance()).isCloseTo(v, within(0.02 * v));
    for (int i = 0; i < 3; i++) {
      SobolIndices.FactorIndices f = sobol.factors().get(i);
      assertThat(f.factor()).isEqualTo(i);
      // Quasi-random base samples: observed errors are about 0.001; 0.01 leaves room.
      assertThat(f.firstOrder()).as("S%d", i + 1).isCloseTo(first[i], within(0.01));
      assertThat(f.total()).as("ST%d", i + 1).isCloseTo(total[i], within(0.01));
      assertThat(f.firstOrderCi95Low()).as("S%d CI", i + 1).isLessThan(first[i]);
      assertThat(f.firstOrderCi95High()).as("S%d CI", i + 1).isGreaterThan(first[i]);
      assertThat(f.totalCi95Low()).as("ST%d CI", i + 1).isLessThan(total[i]);
      assertThat(f.totalCi95High()).as("ST%d CI", i + 1).isGreaterThan(total[i]);
      assertThat(f.firstOrderCi95High() - f.firstOrderCi95Low()).isLessThan(0.1);
    }
  }

  @Test
  void factorOutsideTheFunctionGetsZero() {
    // Ishigami with a fourth input that it never reads: changing it leaves every output unchanged.
    double[][][] outputs = saltelliOutputs(4, 1024);
    SobolIndices sobol = SobolIndices.estimate(outputs[0][0], outputs[0][1], outputs[1], 1L, 200);
    SobolIndices.FactorIndices dummy = sobol.factors().get(3);
    assertThat(dummy.firstOrder()).isCloseTo(0.0, within(1e-12));
    assertThat(dummy.total()).isCloseTo(0.0, within(1e-12));
    assertThat(dummy.firstOrderCi95Low()).isCloseTo(0.0, within(1e-12));
    assertThat(dummy.totalCi95High()).isCloseTo(0.0, within(1e-12));
    // ...while x2, which enters additively, has S ≈ ST and is clearly not zero.
    assertThat(sobol.factors().get(1).total()).isGreaterThan(0.3);
  }

  @Test
  void additiveLinearModelHasSharesOfSquaredCoefficients() {
    // f = x1 + 2·x2 with independent uniforms: S_i = ST_i = c_i² / Σc² = 0.2 and 0.8.
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(4);
    sequence.nextVector();
    int n = 4096;
    double[] fA = new double[n];
    double[] fB = new double[n];
    double[][] fAB = new double[2][n];
    for (int j = 0; j < n; j++) {
      double[] u = sequence.nextVector();
      fA[j] = u[0] + 2 * u[1];
      fB[j] = u[2] + 2 * u[3];
      fAB[0][j] = u[2] + 2 * u[1];
      fAB[1][j] = u[0] + 2 * u[3];
    }
    SobolIndices sobol = SobolIndices.estimate(fA, fB, fAB, 9L, 200);
    assertThat(sobol.factors().get(0).firstOrder()).isCloseTo(0.2, within(0.01));
    assertThat(sobol.factors().get(0).total()).isCloseTo(0.2, within(0.01));
    assertThat(sobol.factors().get(1).firstOrder()).isCloseTo(0.8, within(0.01));
    assertThat(sobol.factors().get(1).total()).isCloseTo(0.8, within(0.01));
  }

  @Test
  void bootstrapIsDeterministicGivenTheSeed() {
    double[][][] outputs = saltelliOutputs(3, 512);
    SobolIndices first = SobolIndices.estimate(outputs[0][0], outputs[0][1], outputs[1], 5L, 300);
    SobolIndices again = SobolIndices.estimate(outputs[0][0], outputs[0][1], outputs[1], 5L, 300);
    SobolIndices other = SobolIndices.estimate(outputs[0][0], outputs[0][1], outputs[1], 6L, 300);
    assertThat(again).isEqualTo(first);
    assertThat(other.factors().get(0).firstOrder()).isEqualTo(first.factors().get(0).firstOrder());
    assertThat(other.factors().get(0).firstOrderCi95Low())
        .isNotEqualTo(first.factors().get(0).firstOrderCi95Low());
  }

  @Test
  void constantOutputHasUndefinedIndices() {
    double[] same = {1, 1, 1, 1};
    SobolIndices sobol = SobolIndices.estimate(same, same, new double[][] {same}, 1L, 10);
    assertThat(sobol.outputVariance()).isEqualTo(0.0);
    assertThat(sobol.factors().get(0).firstOrder()).isNaN();
    assertThat(sobol.factors().get(0).totalCi95High()).isNaN();
  }

  @Test
  void rejectsMisshapenDesigns() {
    double[] four = {1, 2, 3, 4};
    assertThatThrownBy(() -> SobolIndices.estimate(four, four, new double[][] {{1, 2, 3}}, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fA has 4 values but fAB[0] has 3; they must pair one to one");
  }
}
