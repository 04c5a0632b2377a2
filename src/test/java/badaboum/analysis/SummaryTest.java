package badaboum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.util.KthSelector;
import org.junit.jupiter.api.Test;

class SummaryTest {

  @Test
  void handComputedSample() {
    // Sorted: 2 4 4 4 5 5 7 9. Mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32.
    double[] values = {5, 2, 9, 4, 4, 7, 4, 5};
    Summary s = Summary.of(values);

    double sd = Math.sqrt(32.0 / 7.0);
    double se = sd / Math.sqrt(8.0);
    double t975df7 = 2.364624252; // Student t table, 0.975 quantile, 7 degrees of freedom
    assertThat(s.n()).isEqualTo(8);
    assertThat(s.mean()).isEqualTo(5.0);
    assertThat(s.sd()).isCloseTo(sd, within(1e-15));
    assertThat(s.standardError()).isCloseTo(se, within(1e-15));
    assertThat(s.ci95Low()).isCloseTo(5.0 - t975df7 * se, within(1e-8));
    assertThat(s.ci95High()).isCloseTo(5.0 + t975df7 * se, within(1e-8));
    assertThat(s.min()).isEqualTo(2.0);
    assertThat(s.max()).isEqualTo(9.0);
    // Type 7: h = 7p. p5: h = 0.35 → 2 + 0.35·(4 − 2); p50: h = 3.5 → 4.5; p95: h = 6.65 → 7 +
    // 0.65·2.
    assertThat(s.p5()).isCloseTo(2.7, within(1e-12));
    assertThat(s.p50()).isCloseTo(4.5, within(1e-12));
    assertThat(s.p95()).isCloseTo(8.3, within(1e-12));
    assertThat(values).containsExactly(5, 2, 9, 4, 4, 7, 4, 5); // input untouched
  }

  @Test
  void singleValueGivesDegenerateIntervalWithoutNaN() {
    Summary s = Summary.of(new double[] {3.5});
    assertThat(s).isEqualTo(new Summary(1, 3.5, 0.0, 0.0, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5));
  }

  @Test
  void tQuantilesMatchTables() {
    // Exact for 1 df: tan(0.475π); 1000 df checked by the Cornish–Fisher expansion.
    assertThat(Summary.tQuantile975(1)).isCloseTo(12.70620474, within(1e-7));
    assertThat(Summary.tQuantile975(4)).isCloseTo(2.776445105, within(1e-8));
    assertThat(Summary.tQuantile975(29)).isCloseTo(2.045229642, within(1e-8));
    assertThat(Summary.tQuantile975(1000)).isCloseTo(1.962339081, within(1e-8));
  }

  @Test
  void percentilesAgreeWithCommonsMathR7() {
    Well19937c random = new Well19937c(42L);
    Percentile r7 =
        new Percentile()
            .withEstimationType(Percentile.EstimationType.R_7)
            .withNaNStrategy(NaNStrategy.FIXED)
            .withKthSelector(new KthSelector());
    for (int n = 1; n <= 40; n++) {
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextGaussian() * 10.0;
      }
      for (double p : new double[] {0.0, 0.05, 0.25, 0.5, 0.95, 1.0}) {
        double expected = p == 0.0 ? Summary.of(values).min() : r7.evaluate(values, p * 100.0);
        assertThat(Percentiles.of(values, p))
            .as("n=%d p=%s", n, p)
            .isCloseTo(expected, within(1e-12));
      }
    }
  }

  @Test
  void percentileOfInfiniteNeighboursIsNotNaN() {
    double inf = Double.POSITIVE_INFINITY;
    assertThat(Percentiles.ofSorted(new double[] {1, inf, inf, inf}, 0.9)).isEqualTo(inf);
  }

  @Test
  void rejectsWhatCannotBeSummarised() {
    assertThatThrownBy(() -> Summary.of(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values has 0 values but needs at least 1");
    assertThatThrownBy(() -> Summary.of(new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("values[1] is NaN");
    assertThatThrownBy(() -> Percentiles.of(new double[] {1}, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use 0.05, not 5");
  }
}
