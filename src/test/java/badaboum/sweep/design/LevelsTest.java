package badaboum.sweep.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelsTest {

  @Test
  void numbersAreNormalisedToLongAndDouble() {
    Levels levels = Levels.of("x", 3, (short) 4, 0.1f, new BigDecimal("2.5"), "fans", true);

    assertThat(levels.problems()).isEmpty();
    assertThat(levels.levels()).containsExactly(3L, 4L, 0.1, 2.5, "fans", true);
  }

  @Test
  void emptyListIsRefused() {
    assertThat(new Levels("management.kpi", List.of()).problems())
        .extracting(DesignProblem::toString)
        .containsExactly("management.kpi: give at least one level, e.g. [a, b]");
  }

  @Test
  void everyBadLevelIsReported() {
    Levels levels =
        new Levels(
            "management.kpi", Arrays.asList("fans", null, List.of(1), Double.NaN, "fans", 2, 2L));

    assertThat(levels.problems())
        .extracting(DesignProblem::toString)
        .containsExactly(
            "management.kpi: level 2 is empty; give a number, a string or a boolean",
            "management.kpi: level 3 is [1]; give a number, a string or a boolean instead",
            "management.kpi: level 4 is NaN; give a finite number",
            "management.kpi: level 'fans' is listed twice; list each level once",
            "management.kpi: level 2 is listed twice; list each level once");
  }
}
