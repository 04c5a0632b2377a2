package badaboum.analysis;

/**
 * Model outputs along one Morris trajectory, as a sweep engine records them: the output at the
 * start point, then after each one-factor step.
 *
 * <p>Step s moves factor {@code changedFactor[s]} by {@code delta[s]} and takes the output from
 * {@code outputs[s]} to {@code outputs[s + 1]}; its elementary effect is (outputs[s + 1] −
 * outputs[s]) / delta[s]. A classic trajectory has k steps, one per factor, but any number of steps
 * (radial designs, repeated factors) is accepted.
 *
 * <p>Arrays are copied in and out, so an instance cannot be changed after construction.
 *
 * @param changedFactor index of the factor each step changes, in [0, k)
 * @param delta signed step of that factor in its normalised [0, 1] units, non-zero and finite
 * @param outputs model outputs, one more than the number of steps
 */
public record MorrisTrajectoryOutputs(int[] changedFactor, double[] delta, double[] outputs) {

  public MorrisTrajectoryOutputs {
    if (changedFactor == null || delta == null || outputs == null) {
      throw new IllegalArgumentException("changedFactor, delta and outputs must not be null");
    }
    if (delta.length != changedFactor.length || outputs.length != changedFactor.length + 1) {
      throw new IllegalArgumentException(
          "a trajectory of s steps needs s changed factors, s deltas and s + 1 outputs; got "
              + changedFactor.length
              + " changed factors, "
              + delta.length
              + " deltas and "
              + outputs.length
              + " outputs");
    }
    if (changedFactor.length == 0) {
      throw new IllegalArgumentException("a trajectory needs at least one step");
    }
    for (int s = 0; s < delta.length; s++) {
      if (!Double.isFinite(delta[s]) || delta[s] == 0.0) {
        throw new IllegalArgumentException(
            "delta["
                + s
                + "] is "
                + delta[s]
                + "; a step must move its factor by a finite non-zero amount");
      }
      if (changedFactor[s] < 0) {
        throw new IllegalArgumentException(
            "changedFactor[" + s + "] is " + changedFactor[s] + "; factor indices start at 0");
      }
    }
    Checks.finiteValues("outputs", outputs);
    changedFactor = changedFactor.clone();
    delta = delta.clone();
    outputs = outputs.clone();
  }

  @Override
  public int[] changedFactor() {
    return changedFactor.clone();
  }

  @Override
  public double[] delta() {
    return delta.clone();
  }

  @Override
  public double[] outputs() {
    return outputs.clone();
  }

  /** Number of one-factor steps. */
  public int steps() {
    return changedFactor.length;
  }

  /** Factor changed at step s. */
  int factorAt(int step) {
    return changedFactor[step];
  }

  /** Elementary effect of step s: change of output per unit change of the factor. */
  double elementaryEffect(int step) {
    return (outputs[step + 1] - outputs[step]) / delta[step];
  }
}
