package badaboum.sweep.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StepsTest {

  private static List<String> printed(Steps steps) {
    return steps.levels().stream().map(String::valueOf).collect(Collectors.toList());
  }

  @Test
  void decimalStepsDoNotDrift() {
    Steps steps = new Steps("audience.prize_seekers", 0.05, 0.35, 0.10);

    assertThat(steps.problems()).isEmpty();
    assertThat(steps.size()).isEqualTo(4);
    assertThat(printed(steps)).containsExactly("0.05", "0.15", "0.25", "0.35");
    // Naive 0.05 + 3 * 0.10 is 0.35000000000000003.
    assertThat(steps.level(3)).isEqualTo(0.35);
  }

  @Test
  void tenthsFromZeroToOneAreTheDecimalsAsWritten() {
    Steps steps = new Steps("p", 0, 1, 0.1);

    assertThat(printed(steps))
        .containsExactly(
            "0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0");
  }

  @Test
  void wholeNumberStepsAreLongs() {
    Steps steps = new Steps("audience.size", 1, 10, 3);

    assertThat(steps.levels()).containsExactly(1L, 4L, 7L, 10L);
    assertThat(steps.level(0)).isInstanceOf(Long.class);
  }

  @Test
  void toOffTheGridIsNotReached() {
    assertThat(new Steps("n", 0, 10, 4).levels()).containsExactly(0L, 4L, 8L);
    assertThat(printed(new Steps("p", 0, 0.2999, 0.1))).containsExactly("0.0", "0.1", "0.2");
  }

  @Test
  void toWithinToleranceOfALastStepIsIncludedAndNeverPassed() {
    assertThat(printed(new Steps("p", 0, 0.29999999999999, 0.1)))
        .containsExactly("0.0", "0.1", "0.2", "0.29999999999999");
    assertThat(printed(new Steps("p", 0, 1.0 / 3, 1.0 / 9)).get(3))
        .isEqualTo(String.valueOf(1.0 / 3));
  }

  @Test
  void negativeAndSingleValueRanges() {
    assertThat(new Steps("x", -1, 1, 0.5).levels()).containsExactly(-1.0, -0.5, 0.0, 0.5, 1.0);
    assertThat(new Steps("x", 2.5, 2.5, 1).levels()).containsExactly(2.5);
  }

  @Test
  void nonPositiveStepIsRefused() {
    assertThat(new Steps("audience.prize_seekers", 0.05, 0.35, -0.1).problems())
        .extracting(DesignProblem::toString)
        .containsExactly("audience.prize_seekers: step must be > 0, got -0.1");
    assertThat(new Steps("audience.prize_seekers", 0.05, 0.35, 0).problems())
        .extracting(DesignProblem::toString)
        .containsExactly("audience.prize_seekers: step must be > 0, got 0");
  }

  @Test
  void reversedBoundsAndBadStepAreReportedTogether() {
    assertThat(new Steps("audience.prize_seekers", 0.35, 0.05, 0).problems())
        .extracting(DesignProblem::toString)
        .containsExactly(
            "audience.prize_seekers: step must be > 0, got 0",
            "audience.prize_seekers: from (0.35) must be <= to (0.05); swap them");
  }

  @Test
  void nonFiniteNumbersAreRefused() {
    assertThat(new Steps("x", Double.NaN, 1, Double.POSITIVE_INFINITY).problems())
        .extracting(DesignProblem::toString)
        .containsExactly(
            "x: from must be a finite number, got NaN",
            "x: step must be a finite number, got Infinity");
  }

  @Test
  void aTinyStepIsRefusedBeforeItFillsMemory() {
    assertThat(new Steps("x", 0, 1, 1e-7).problems())
        .extracting(DesignProblem::toString)
        .containsExactly(
            "x: {from: 0, to: 1, step: 0.0000001} gives more than 1,000,000 values;"
                + " use a larger step");
  }
}
