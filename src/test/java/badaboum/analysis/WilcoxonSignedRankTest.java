package badaboum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class WilcoxonSignedRankTest {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  @Test
  void hollanderWolfeDepressionExampleIsExact() {
    // Hollander & Wolfe (1973, p. 29), used in R's ?wilcox.test: V = 40, one-sided p = 0.01953.
    double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
    double[] d = new double[x.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = x[i] - y[i];
    }
    WilcoxonSignedRank w = WilcoxonSignedRank.of(d);
    assertThat(w.statistic()).isEqualTo(40.0);
    assertThat(w.exact()).isTrue();
    // 10 of the 512 sign patterns have a rank sum ≥ 40 (≤ 5 on the other side): p = 2·10/512.
    assertThat(w.pValue()).isEqualTo(20.0 / 512.0);
  }

  @Test
  void exactPValuesEqualCommonsMathOnUntiedData() {
    org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest commons =
        new org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest();
    Well19937c random = new Well19937c(7L);
    for (int n = 1; n <= 14; n++) {
      for (int trial = 0; trial < 5; trial++) {
        double[] zero = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
          d[i] = random.nextGaussian() + 0.3 * trial;
        }
        double expected = Math.min(1.0, commons.wilcoxonSignedRankTest(zero, d, true));
        assertThat(WilcoxonSignedRank.of(d).pValue())
            .as("n=%d trial=%d", n, trial)
            .isCloseTo(expected, within(1e-15));
      }
    }
  }

  @Test
  void zeroDifferencesAreDropped() {
    WilcoxonSignedRank w = WilcoxonSignedRank.of(new double[] {0, 1, 0, 2, 3, 4, 5, 6});
    assertThat(w.nonZeroPairs()).isEqualTo(6);
    // All six positive: only the full set reaches V = 21, so p = 2/64.
    assertThat(w.pValue()).isEqualTo(2.0 / 64.0);
  }

  @Test
  void allZeroDifferencesGivePOne() {
    assertThat(WilcoxonSignedRank.of(new double[] {0, 0, 0}))
        .isEqualTo(new WilcoxonSignedRank(0, 0.0, true, 1.0));
  }

  @Test
  void balancedSignsGivePOneNotMore() {
    // V = 3 = n(n+1)/4: P(V ≥ 3) = 5/8, and 2·5/8 is capped at 1 (Commons Math returns 1.25).
    assertThat(WilcoxonSignedRank.of(new double[] {1, 2, -3}).pValue()).isEqualTo(1.0);
  }

  @Test
  void tiesUseNormalApproximationWithTieAndContinuityCorrection() {
    // |d| = 2, 3, 3, 1 → ranks 2, 3.5, 3.5, 1; all positive so V = 10; E = 5;
    // Var = 4·5·9/24 − (2³ − 2)/48 = 7.375.
    WilcoxonSignedRank w = WilcoxonSignedRank.of(new double[] {2, 3, 0, 3, 1});
    double z = (10 - 5 - 0.5) / Math.sqrt(7.375);
    assertThat(w.exact()).isFalse();
    assertThat(w.statistic()).isEqualTo(10.0);
    assertThat(w.pValue()).isCloseTo(2 * STANDARD_NORMAL.cumulativeProbability(-z), within(1e-15));
    assertThat(w.pValue()).isCloseTo(0.09751, within(1e-5));
  }

  @Test
  void largeSamplesUseNormalApproximation() {
    // d = ±1..±40 with 1..10 negative: V = 820 − 55 = 765, E = 410, Var = 40·41·81/24 = 5535.
    double[] d = new double[40];
    for (int i = 0; i < 40; i++) {
      d[i] = i < 10 ? -(i + 1) : i + 1;
    }
    WilcoxonSignedRank w = WilcoxonSignedRank.of(d);
    double z = (765 - 410 - 0.5) / Math.sqrt(5535);
    assertThat(w.exact()).isFalse();
    assertThat(w.statistic()).isEqualTo(765.0);
    assertThat(w.pValue()).isCloseTo(2 * STANDARD_NORMAL.cumulativeProbability(-z), within(1e-15));
  }

  @Test
  void thirtyPairsStayExactAndFast() {
    double[] d = new double[30];
    for (int i = 0; i < 30; i++) {
      d[i] = i % 3 == 0 ? -(i + 1) : i + 1;
    }
    long start = System.nanoTime();
    WilcoxonSignedRank w = WilcoxonSignedRank.of(d);
    // Value from Commons Math's 2^30-pattern enumeration (about a minute to compute there).
    assertThat(w.exact()).isTrue();
    assertThat(w.pValue()).isCloseTo(0.07324407435953617, within(1e-15));
    assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
  }
}
