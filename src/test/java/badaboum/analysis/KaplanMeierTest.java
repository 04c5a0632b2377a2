package badaboum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Freireich et al. (1963) 6-MP leukaemia remission data, as tabulated by Gehan (1965), Kalbfleisch
 * and Prentice, Kleinbaum and Klein, and R's {@code MASS::gehan}.
 */
class KaplanMeierTest {

  // 6-MP arm; censored times marked false.
  private static final double[] SIX_MP_TIMES = {
    6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35
  };
  private static final boolean[] SIX_MP_EVENTS = {
    true, true, true, false, true, false, true, false, false, true, true, false, false, false, true,
    true, false, false, false, false, false
  };

  private static final double[] PLACEBO_TIMES = {
    1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23
  };

  @Test
  void sixMpArmMatchesPublishedTable() {
    KaplanMeier km = KaplanMeier.of(SIX_MP_TIMES, SIX_MP_EVENTS);
    // Published (R survfit on MASS::gehan, conf.type = "log-log"):
    // time, at risk, events, S, Greenwood SE, lower, upper.
    double[][] published = {
      {6, 21, 3, 0.857, 0.0764, 0.620, 0.952},
      {7, 17, 1, 0.807, 0.0869, 0.563, 0.923},
      {10, 15, 1, 0.753, 0.0963, 0.503, 0.889},
      {13, 12, 1, 0.690, 0.1068, 0.432, 0.849},
      {16, 11, 1, 0.627, 0.1141, 0.368, 0.805},
      {22, 7, 1, 0.538, 0.1282, 0.268, 0.747},
      {23, 6, 1, 0.448, 0.1346, 0.188, 0.680},
    };
    List<KaplanMeier.Step> steps = km.steps();
    assertThat(steps).hasSize(published.length);
    for (int i = 0; i < published.length; i++) {
      KaplanMeier.Step step = steps.get(i);
      double[] row = published[i];
      assertThat(step.time()).isEqualTo(row[0]);
      assertThat(step.atRisk()).isEqualTo((int) row[1]);
      assertThat(step.events()).isEqualTo((int) row[2]);
      // Published values are rounded to the digits shown: half a unit of the last digit.
      assertThat(step.survival()).as("S(%s)", row[0]).isCloseTo(row[3], within(0.0005));
      assertThat(step.standardError()).as("SE(%s)", row[0]).isCloseTo(row[4], within(0.00005));
      assertThat(step.ci95Low()).as("lower(%s)", row[0]).isCloseTo(row[5], within(0.0005));
      assertThat(step.ci95High()).as("upper(%s)", row[0]).isCloseTo(row[6], within(0.0005));
    }
    assertThat(steps.get(0).survival()).isCloseTo(18.0 / 21.0, within(1e-15));
    assertThat(km.subjects()).isEqualTo(21);
    assertThat(km.events()).isEqualTo(9);
    assertThat(km.median()).isEqualTo(23.0);
    assertThat(km.medianReached()).isTrue();
  }

  @Test
  void placeboArmWithoutCensoringIsTheEmpiricalSurvival() {
    boolean[] allEvents = new boolean[PLACEBO_TIMES.length];
    Arrays.fill(allEvents, true);
    KaplanMeier km = KaplanMeier.of(PLACEBO_TIMES, allEvents);
    // Without censoring S(t) = (number still alive after t) / 21.
    double[] times = {1, 2, 3, 4, 5, 8, 11, 12, 15, 17, 22, 23};
    int[] alive = {19, 17, 16, 14, 12, 8, 6, 4, 3, 2, 1, 0};
    assertThat(km.steps()).extracting(KaplanMeier.Step::time).containsExactly(box(times));
    for (int i = 0; i < times.length; i++) {
      assertThat(km.steps().get(i).survival()).isCloseTo(alive[i] / 21.0, within(1e-12));
    }
    assertThat(km.median()).isEqualTo(8.0);
    // Greenwood SE without censoring reduces to the binomial √(S(1 − S)/n).
    double s8 = 8.0 / 21.0;
    assertThat(km.steps().get(5).standardError())
        .isCloseTo(Math.sqrt(s8 * (1 - s8) / 21), within(1e-12));
    // Once nobody is left the curve is 0 with a degenerate interval, not NaN.
    KaplanMeier.Step last = km.steps().get(times.length - 1);
    assertThat(last).isEqualTo(new KaplanMeier.Step(23, 1, 1, 0.0, 0.0, 0.0, 0.0));
  }

  @Test
  void survivalAtReadsTheStepFunction() {
    KaplanMeier km = KaplanMeier.of(SIX_MP_TIMES, SIX_MP_EVENTS);
    assertThat(km.survivalAt(5.99)).isEqualTo(1.0);
    assertThat(km.survivalAt(6)).isCloseTo(18.0 / 21.0, within(1e-15));
    assertThat(km.survivalAt(9)).isEqualTo(km.steps().get(1).survival());
    assertThat(km.survivalAt(100)).isEqualTo(km.steps().get(6).survival());
  }

  @Test
  void medianNotReachedWhenTheCurveStaysAboveHalf() {
    KaplanMeier km =
        KaplanMeier.of(
            new double[] {3, 5, 10, 10, 10}, new boolean[] {true, false, false, false, false});
    assertThat(km.steps()).hasSize(1);
    assertThat(km.steps().get(0).survival()).isEqualTo(0.8);
    assertThat(km.median()).isNaN();
    assertThat(km.medianReached()).isFalse();
  }

  @Test
  void inputOrderDoesNotMatter() {
    int n = SIX_MP_TIMES.length;
    double[] times = new double[n];
    boolean[] events = new boolean[n];
    for (int i = 0; i < n; i++) {
      times[i] = SIX_MP_TIMES[n - 1 - i];
      events[i] = SIX_MP_EVENTS[n - 1 - i];
    }
    assertThat(KaplanMeier.of(times, events))
        .isEqualTo(KaplanMeier.of(SIX_MP_TIMES, SIX_MP_EVENTS));
  }

  @Test
  void rejectsMismatchedOrNegativeInput() {
    assertThatThrownBy(() -> KaplanMeier.of(new double[] {1, 2}, new boolean[] {true}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must have one flag per time: 2 times but 1 flags");
    assertThatThrownBy(() -> KaplanMeier.of(new double[] {-1}, new boolean[] {true}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times[0] is -1.0; must be ≥ 0");
  }

  private static Double[] box(double[] values) {
    return Arrays.stream(values).boxed().toArray(Double[]::new);
  }
}
