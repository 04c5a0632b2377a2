package badaboum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HolmTest {
  /**
   * R's {@code p.adjust(c(0.01, 0.04, 0.03, 0.005), method = "holm")} gives 0.03 0.06 0.06 0.02:
   * sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 is 0.02, 0.03, 0.06, 0.04, whose running
   * maximum is 0.02, 0.03, 0.06, 0.06.
   */
  @Test
  void matchesTheTextbookStepDown() {
    double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
    assertThat(adjusted[0]).isCloseTo(0.03, within(1e-12));
    assertThat(adjusted[1]).isCloseTo(0.06, within(1e-12));
    assertThat(adjusted[2]).isCloseTo(0.06, within(1e-12));
    assertThat(adjusted[3]).isCloseTo(0.02, within(1e-12));
  }

  @Test
  void capsAtOneAndLeavesASingleTestAlone() {
    assertThat(Holm.adjust(new double[] {0.5, 0.9})).containsExactly(1.0, 1.0);
    assertThat(Holm.adjust(new double[] {0.042})).containsExactly(0.042);
    assertThat(Holm.adjust(new double[0])).isEmpty();
  }

  @Test
  void refusesWhatIsNotAProbability() {
    assertThatThrownBy(() -> Holm.adjust(new double[] {0.1, Double.NaN}))
        .hasMessage("pValues[1] is NaN; a p-value lies in [0, 1]");
  }
}
