package badaboum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class PairedComparisonTest {

  private static final double[] A = {10, 12, 9, 11, 13};
  private static final double[] B = {12, 15, 9, 14, 14};

  @Test
  void handCheckedDifferences() {
    // d = 2, 3, 0, 3, 1: mean 1.8; squared deviations .04 + 1.44 + 3.24 + 1.44 + .64 = 6.8.
    PairedComparison c = PairedComparison.of(A, B, 1L);
    double sd = Math.sqrt(6.8 / 4);
    double halfWidth = 2.776445105 * sd / Math.sqrt(5); // t(0.975, 4)
    assertThat(c.n()).isEqualTo(5);
    assertThat(c.meanA()).isEqualTo(11.0);
    assertThat(c.meanB()).isEqualTo(12.8);
    assertThat(c.meanDifference()).isCloseTo(1.8, within(1e-15));
    assertThat(c.sdDifference()).isCloseTo(sd, within(1e-15));
    assertThat(c.ci95Low()).isCloseTo(1.8 - halfWidth, within(1e-8));
    assertThat(c.ci95High()).isCloseTo(1.8 + halfWidth, within(1e-8));
    assertThat(c.excludesZero()).isTrue();
    assertThat(c.cohensDz()).isCloseTo(1.8 / sd, within(1e-12));
    assertThat(c.wilcoxonP()).isCloseTo(0.09751, within(1e-5)); // see WilcoxonSignedRankTest
    assertThat(c.ratioOfMeans()).isCloseTo(12.8 / 11.0, within(1e-15));
    assertThat(c.ratioCi95Low()).isLessThan(c.ratioOfMeans());
    assertThat(c.ratioCi95High()).isGreaterThan(c.ratioOfMeans());
    assertThat(c.bootstrapResamples()).isEqualTo(PairedComparison.DEFAULT_RESAMPLES);
  }

  @Test
  void bootstrapIsDeterministicGivenTheSeed() {
    double[][] arms = noisyArms(60, 21L);
    PairedComparison first = PairedComparison.of(arms[0], arms[1], 99L);
    assertThat(PairedComparison.of(arms[0], arms[1], 99L)).isEqualTo(first);
    // The seed does matter: another one draws other resamples.
    assertThat(PairedComparison.of(arms[0], arms[1], 100L).ratioCi95Low())
        .isNotEqualTo(first.ratioCi95Low());
  }

  /** a ~ N(100, 10²) and b = 1.1·a + N(0, 5²), pair by pair. */
  private static double[][] noisyArms(int n, long seed) {
    Well19937c random = new Well19937c(seed);
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = 100 + 10 * random.nextGaussian();
      b[i] = 1.1 * a[i] + 5 * random.nextGaussian();
    }
    return new double[][] {a, b};
  }

  @Test
  void proportionalArmsHaveAnExactRatioInterval() {
    // b = 1.25·a in every pair, so every resample has ratio 1.25 whatever it draws.
    Well19937c random = new Well19937c(3L);
    double[] a = new double[50];
    double[] b = new double[50];
    for (int i = 0; i < a.length; i++) {
      a[i] = 100 + 20 * random.nextGaussian();
      b[i] = 1.25 * a[i];
    }
    PairedComparison c = PairedComparison.of(a, b, 5L, 500);
    assertThat(c.ratioOfMeans()).isCloseTo(1.25, within(1e-12));
    assertThat(c.ratioCi95Low()).isCloseTo(1.25, within(1e-12));
    assertThat(c.ratioCi95High()).isCloseTo(1.25, within(1e-12));
  }

  @Test
  void bootstrapIntervalCoversAKnownRatioAtRoughlyTheRightWidth() {
    // a ~ N(100, 10²), b = 1.1·a + N(0, 5²) over 200 pairs: the ratio's sampling sd is near
    // 5/100/√200 ≈ 0.0035, so the 95% interval should be about ±0.007 wide around ≈ 1.1.
    double[][] arms = noisyArms(200, 11L);
    PairedComparison c = PairedComparison.of(arms[0], arms[1], 8L);
    assertThat(c.ratioCi95Low()).isBetween(1.08, 1.1);
    assertThat(c.ratioCi95High()).isBetween(1.1, 1.12);
    assertThat(c.ratioCi95High() - c.ratioCi95Low()).isBetween(0.010, 0.018);
  }

  @Test
  void identicalArmsShowNoEffect() {
    PairedComparison c = PairedComparison.of(A, A.clone(), 1L);
    assertThat(c.meanDifference()).isEqualTo(0.0);
    assertThat(c.ci95Low()).isEqualTo(0.0);
    assertThat(c.ci95High()).isEqualTo(0.0);
    assertThat(c.excludesZero()).isFalse();
    assertThat(c.wilcoxonP()).isEqualTo(1.0);
    assertThat(c.cohensDz()).isEqualTo(0.0);
    assertThat(c.ratioOfMeans()).isEqualTo(1.0);
  }

  @Test
  void constantShiftHasInfiniteEffectSize() {
    double[] shifted = {11, 13, 10, 12, 14};
    PairedComparison c = PairedComparison.of(A, shifted, 1L);
    assertThat(c.cohensDz()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(c.ci95Low()).isEqualTo(1.0);
    assertThat(c.excludesZero()).isTrue();
  }

  @Test
  void zeroMeanOfAGivesNaNRatio() {
    PairedComparison c = PairedComparison.of(new double[] {0, 0, 0}, new double[] {1, 2, 3}, 1L);
    assertThat(c.ratioOfMeans()).isNaN();
    assertThat(c.ratioCi95Low()).isNaN();
    assertThat(c.ratioCi95High()).isNaN();
  }

  @Test
  void rejectsUnpairedInput() {
    assertThatThrownBy(() -> PairedComparison.of(new double[] {1, 2}, new double[] {1}, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a has 2 values but b has 1; they must pair one to one");
  }
}
