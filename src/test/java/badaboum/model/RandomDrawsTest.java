package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written samplers draw from the distributions they name, against Commons Math's. */
class RandomDrawsTest {
  private static final int DRAWS = 20_000;

  @ParameterizedTest(name = "Beta({0}, {1})")
  @CsvSource({"1.2, 2.8", "1, 1", "30, 70", "0.5, 0.3", "0.9, 3", "0.2, 0.4", "0.05, 2"})
  void betaDrawsFollowTheBetaLaw(double a, double b) {
    MersenneTwisterFast rng = new MersenneTwisterFast(42);
    double[] draws =
        IntStream.range(0, DRAWS).mapToDouble(i -> RandomDraws.beta(rng, a, b)).toArray();
    assertThat(DoubleStream.of(draws).allMatch(x -> x >= 0 && x <= 1)).isTrue();
    double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new BetaDistribution(a, b), draws);
    assertThat(p).as("Kolmogorov–Smirnov p-value against Beta(%s, %s)", a, b).isGreaterThan(0.01);
  }

  /** Below 0.1 Commons Math's Beta CDF is not accurate enough: its own sampler is the yardstick. */
  @Test
  void tinyShapesDrawLikeCommonsMathsSampler() {
    MersenneTwisterFast rng = new MersenneTwisterFast(42);
    double[] draws =
        IntStream.range(0, DRAWS).mapToDouble(i -> RandomDraws.beta(rng, 0.02, 0.05)).toArray();
    BetaDistribution commons =
        new BetaDistribution(new MersenneTwisterAdapter(new MersenneTwisterFast(43)), 0.02, 0.05);
    double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(draws, commons.sample(DRAWS));
    assertThat(p).isGreaterThan(0.01);
  }

  @Test
  void theBetaTestWouldSeeAShapeTenPercentOff() {
    MersenneTwisterFast rng = new MersenneTwisterFast(42);
    double[] draws =
        IntStream.range(0, DRAWS).mapToDouble(i -> RandomDraws.beta(rng, 1.2, 2.8)).toArray();
    double p =
        new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new BetaDistribution(1.32, 2.8), draws);
    assertThat(p).isLessThan(0.01);
  }

  /** Counts drawn person by person, zeros skipped, have the Poisson law of each person's count. */
  @ParameterizedTest(name = "Poisson({0})")
  @ValueSource(doubles = {0.05, 0.3, 2.5, 40})
  void poissonCountsPersonByPersonFollowThePoissonLaw(double mean) {
    MersenneTwisterFast rng = new MersenneTwisterFast(7);
    RandomDraws.PoissonCounts counts = new RandomDraws.PoissonCounts(mean);
    int[] perPerson = new int[DRAWS];
    for (long i = counts.skip(rng); i < DRAWS; i += 1L + counts.skip(rng)) {
      perPerson[(int) i] = counts.positiveCount(rng);
    }
    PoissonDistribution law = new PoissonDistribution(mean);
    int top = (int) (mean + 6 * Math.sqrt(mean) + 3);
    double chiSquare = 0;
    int cells = 0;
    for (int k = 0; k <= top; k++) {
      final int count = k;
      double expected =
          DRAWS * (k == top ? 1 - law.cumulativeProbability(k - 1) : law.probability(k));
      long seen = IntStream.of(perPerson).filter(c -> count == top ? c >= top : c == count).count();
      if (expected >= 5) {
        chiSquare += (seen - expected) * (seen - expected) / expected;
        cells++;
      }
    }
    // the 99th percentile of chi-square with cells - 1 degrees of freedom stays below 2.5 × cells
    // for these cell counts, and a wrong law gives thousands
    assertThat(chiSquare)
        .isLessThan(
            new org.apache.commons.math3.distribution.ChiSquaredDistribution(cells - 1)
                .inverseCumulativeProbability(0.99));
  }
}
