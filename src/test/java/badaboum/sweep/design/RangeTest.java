package badaboum.sweep.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RangeTest {

  @Test
  void continuousValuesHitBothEndsExactly() {
    Range range = Range.of("platform.organic_reach", 0.02, 0.16);

    assertThat(range.valueAt(0)).isEqualTo(0.02);
    assertThat(range.valueAt(1)).isEqualTo(0.16);
    assertThat((double) range.valueAt(0.5)).isCloseTo(0.09, within(1e-15));
  }

  @Test
  void integerValuesShareTheUnitIntervalEqually() {
    Range range = Range.ofIntegers("audience.size", 0.5, 3.7); // whole numbers 1, 2, 3

    assertThat(range.valueAt(0)).isEqualTo(1L);
    assertThat(range.valueAt(0.333)).isEqualTo(1L);
    assertThat(range.valueAt(0.334)).isEqualTo(2L);
    assertThat(range.valueAt(0.999)).isEqualTo(3L);
    assertThat(range.valueAt(1)).isEqualTo(3L);
  }

  @Test
  void unitCoordinateOutsideZeroOneIsAProgrammingError() {
    assertThatThrownBy(() -> Range.of("x", 0, 1).valueAt(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit coordinate must be in [0, 1], got 1.5");
  }

  @Test
  void reversedEqualAndEmptyRangesAreRefused() {
    assertThat(Range.of("x", 0.5, 0.2).problems())
        .extracting(DesignProblem::toString)
        .containsExactly("x: min (0.5) must be < max (0.2); swap them");
    assertThat(Range.of("x", 0.5, 0.5).problems())
        .extracting(DesignProblem::toString)
        .containsExactly(
            "x: min and max are both 0.5; give max > min,"
                + " or set the parameter in the scenario instead of varying it");
    assertThat(Range.ofIntegers("x", 0.2, 0.8).problems())
        .extracting(DesignProblem::toString)
        .containsExactly(
            "x: integer range [0.2, 0.8] holds no whole number; widen it or drop integer");
    assertThat(new Range("x", Double.NEGATIVE_INFINITY, Double.NaN, false).problems())
        .extracting(DesignProblem::toString)
        .containsExactly(
            "x: min must be a finite number, got -Infinity",
            "x: max must be a finite number, got NaN");
  }
}
