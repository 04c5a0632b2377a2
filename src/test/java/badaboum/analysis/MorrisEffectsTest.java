package badaboum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class MorrisEffectsTest {

  private static final double DELTA = 2.0 / 3.0; // four levels 0, 1/3, 2/3, 1: Δ = p / (2(p − 1))

  /** Walks from start, changing the given factors in order by the given signed steps. */
  private static MorrisTrajectoryOutputs walk(
      ToDoubleFunction<double[]> f, double[] start, int[] factors, double[] deltas) {
    double[] x = start.clone();
    double[] outputs = new double[factors.length + 1];
    outputs[0] = f.applyAsDouble(x);
    for (int s = 0; s < factors.length; s++) {
      x[factors[s]] += deltas[s];
      outputs[s + 1] = f.applyAsDouble(x);
    }
    return new MorrisTrajectoryOutputs(factors, deltas, outputs);
  }

  private static List<MorrisTrajectoryOutputs> threeTrajectories(ToDoubleFunction<double[]> f) {
    double up = DELTA;
    double down = -DELTA;
    List<MorrisTrajectoryOutputs> trajectories = new ArrayList<>();
    trajectories.add(
        walk(f, new double[] {0, 0, 0}, new int[] {0, 1, 2}, new double[] {up, up, up}));
    trajectories.add(
        walk(
            f,
            new double[] {1. / 3, 1. / 3, 1. / 3},
            new int[] {2, 1, 0},
            new double[] {up, up, up}));
    trajectories.add(
        walk(f, new double[] {1, 1, 1}, new int[] {1, 0, 2}, new double[] {down, down, down}));
    return trajectories;
  }

  @Test
  void knownEffectsOfALinearAQuadraticAndAnAbsentFactor() {
    // f = 3x1 + x2² + 0·x3.
    MorrisEffects morris =
        MorrisEffects.estimate(3, threeTrajectories(x -> 3 * x[0] + x[1] * x[1] + 0 * x[2]));

    MorrisEffects.FactorEffects x1 = morris.factors().get(0);
    assertThat(x1.effects()).isEqualTo(3);
    assertThat(x1.mu()).isCloseTo(3.0, within(1e-12));
    assertThat(x1.muStar()).isCloseTo(3.0, within(1e-12));
    assertThat(x1.sigma()).isCloseTo(0.0, within(1e-12));

    // x2² has effect ((x + Δ)² − x²)/Δ = 2x + Δ: from x = 0 up → 2/3, from 1/3 up → 4/3,
    // from 1 down to 1/3 → 2·1 − Δ = 4/3. Effects {2/3, 4/3, 4/3}.
    double[] e2 = {2.0 / 3, 4.0 / 3, 4.0 / 3};
    double mean2 = (e2[0] + e2[1] + e2[2]) / 3;
    double sd2 =
        Math.sqrt(
            (Math.pow(e2[0] - mean2, 2) + Math.pow(e2[1] - mean2, 2) + Math.pow(e2[2] - mean2, 2))
                / 2);
    MorrisEffects.FactorEffects x2 = morris.factors().get(1);
    assertThat(x2.mu()).isCloseTo(10.0 / 9, within(1e-12));
    assertThat(x2.muStar()).isCloseTo(10.0 / 9, within(1e-12));
    assertThat(x2.sigma()).isCloseTo(sd2, within(1e-12));
    assertThat(x2.sigma()).isGreaterThan(0.3);

    MorrisEffects.FactorEffects x3 = morris.factors().get(2);
    assertThat(x3.mu()).isEqualTo(0.0);
    assertThat(x3.muStar()).isEqualTo(0.0);
    assertThat(x3.sigma()).isEqualTo(0.0);
  }

  @Test
  void muStarSeesEffectsThatCancelInMu() {
    // f = (x1 − 0.5)² − 2·x2. For x1, from 0 up to 2/3: (1/36 − 1/4)/Δ = −1/3; from 1/3 up to 1:
    // (1/4 − 1/36)/Δ = +1/3; from 1 down to 1/3: (1/36 − 1/4)/(−Δ) = +1/3.
    MorrisEffects morris =
        MorrisEffects.estimate(3, threeTrajectories(x -> Math.pow(x[0] - 0.5, 2) - 2 * x[1]));
    MorrisEffects.FactorEffects x1 = morris.factors().get(0);
    assertThat(x1.mu()).isCloseTo(1.0 / 9, within(1e-12));
    assertThat(x1.muStar()).isCloseTo(1.0 / 3, within(1e-12));
    // A negative linear factor: μ = −2 but μ* = 2.
    MorrisEffects.FactorEffects x2 = morris.factors().get(1);
    assertThat(x2.mu()).isCloseTo(-2.0, within(1e-12));
    assertThat(x2.muStar()).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void trajectoryIsImmutable() {
    int[] factors = {0};
    double[] deltas = {0.5};
    double[] outputs = {1, 2};
    MorrisTrajectoryOutputs t = new MorrisTrajectoryOutputs(factors, deltas, outputs);
    factors[0] = 5;
    outputs[1] = 99;
    t.outputs()[0] = 42;
    assertThat(t.changedFactor()).containsExactly(0);
    assertThat(t.outputs()).containsExactly(1, 2);
    assertThat(MorrisEffects.estimate(1, List.of(t)).factors().get(0).mu()).isEqualTo(2.0);
  }

  @Test
  void rejectsInconsistentTrajectories() {
    assertThatThrownBy(
            () ->
                new MorrisTrajectoryOutputs(
                    new int[] {0, 1}, new double[] {0.5, 0.5}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a trajectory of s steps needs s changed factors, s deltas and s + 1 outputs; got 2"
                + " changed factors, 2 deltas and 2 outputs");
    assertThatThrownBy(
            () -> new MorrisTrajectoryOutputs(new int[] {0}, new double[] {0}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("delta[0] is 0.0");
    MorrisTrajectoryOutputs onlyFactor0 =
        new MorrisTrajectoryOutputs(new int[] {0}, new double[] {0.5}, new double[] {1, 2});
    assertThatThrownBy(() -> MorrisEffects.estimate(2, List.of(onlyFactor0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("factor 1 is never changed by any trajectory; its effects cannot be estimated");
  }
}
