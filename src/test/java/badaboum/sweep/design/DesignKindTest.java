package badaboum.sweep.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DesignKindTest {

  @Test
  void parsesEveryLabel() {
    for (DesignKind kind : DesignKind.values()) {
      assertThat(DesignKind.parse(kind.label())).isEqualTo(kind);
    }
    assertThat(DesignKind.LHS.label()).isEqualTo("lhs");
  }

  @Test
  void suggestsTheNearestNameForAMisspelling() {
    assertRefused(
        "sobl",
        "unknown design 'sobl'; did you mean 'sobol'? (designs: grid, random, lhs, sobol, morris)");
    assertRefused(
        "Grid",
        "unknown design 'Grid'; did you mean 'grid'? (designs: grid, random, lhs, sobol, morris)");
    assertRefused(
        "LHS",
        "unknown design 'LHS'; did you mean 'lhs'? (designs: grid, random, lhs, sobol, morris)");
    assertRefused(
        "rand",
        "unknown design 'rand'; did you mean 'random'? (designs: grid, random, lhs, sobol, morris)");
  }

  @Test
  void listsTheNamesWhenNothingIsClose() {
    assertRefused(
        "factorial", "unknown design 'factorial'; use one of grid, random, lhs, sobol, morris");
  }

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(DesignKind.editDistance("sobol", "sobol")).isZero();
    assertThat(DesignKind.editDistance("sobl", "sobol")).isEqualTo(1);
    assertThat(DesignKind.editDistance("kitten", "sitting")).isEqualTo(3);
    assertThat(DesignKind.editDistance("", "lhs")).isEqualTo(3);
  }

  private static void assertRefused(String text, String message) {
    assertThatThrownBy(() -> DesignKind.parse(text))
        .isInstanceOfSatisfying(
            DesignException.class,
            e -> {
              assertThat(e.messages()).containsExactly(message);
              assertThat(e.problems().get(0).path()).isEmpty();
            });
  }
}
