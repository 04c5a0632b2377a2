package badaboum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson intervals against Newcombe (1998), Statistics in Medicine 17:857–872, Table I. */
class ProportionTest {

  @Test
  void matchesNewcombesWorkedExamples() {
    check(81, 263, 0.2553, 0.3662);
    check(15, 148, 0.0624, 0.1605);
    check(0, 20, 0.0, 0.1611);
    check(1, 29, 0.0061, 0.1718);
  }

  @Test
  void allOrNothingGivesExactBoundsAndAnHonestWidth() {
    Proportion none = Proportion.of(0, 10);
    assertThat(none.ci95Low()).isZero();
    assertThat(none.ci95High()).isCloseTo(0.2775, within(5e-5));
    Proportion all = Proportion.of(10, 10);
    assertThat(all.share()).isEqualTo(1.0);
    assertThat(all.ci95High()).isEqualTo(1.0);
    assertThat(all.ci95Low()).isCloseTo(1 - 0.2775, within(5e-5));
  }

  @Test
  void refusesImpossibleCounts() {
    assertThatThrownBy(() -> Proportion.of(3, 2)).hasMessageContaining("3 of 2");
    assertThatThrownBy(() -> Proportion.of(0, 0)).hasMessageContaining("trials ≥ 1");
  }

  private static void check(int successes, int trials, double low, double high) {
    Proportion p = Proportion.of(successes, trials);
    assertThat(p.share()).isEqualTo((double) successes / trials);
    assertThat(p.ci95Low()).as("low of %d/%d", successes, trials).isCloseTo(low, within(5e-5));
    assertThat(p.ci95High()).as("high of %d/%d", successes, trials).isCloseTo(high, within(5e-5));
  }
}
