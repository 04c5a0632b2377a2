package badaboum.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris elementary-effects screening (Morris 1991; μ* from Campolongo, Cariboni and Saltelli
 * 2007). For each factor, over all steps that change it: μ is the mean elementary effect, μ* the
 * mean of their absolute values (large μ* = influential factor, robust to effects of opposite
 * signs), and σ their sample standard deviation (large σ = non-linear or interacting).
 *
 * @param factors one entry per factor index 0..k−1
 */
public record MorrisEffects(List<FactorEffects> factors) {

  public MorrisEffects {
    factors = List.copyOf(factors);
  }

  /**
   * Effects of one factor.
   *
   * @param factor factor index
   * @param effects number of elementary effects observed (usually the number of trajectories)
   * @param mu mean elementary effect, summed in trajectory then step order
   * @param muStar mean absolute elementary effect
   * @param sigma sample standard deviation (denominator effects − 1) of the elementary effects; 0
   *     when there is only one
   */
  public record FactorEffects(int factor, int effects, double mu, double muStar, double sigma) {}

  /**
   * Estimates effects from trajectories.
   *
   * @param factorCount k, the number of factors; each must be changed by at least one step
   * @param trajectories outputs of each trajectory
   */
  public static MorrisEffects estimate(
      int factorCount, List<MorrisTrajectoryOutputs> trajectories) {
    if (factorCount < 1) {
      throw new IllegalArgumentException("factorCount must be at least 1, got " + factorCount);
    }
    if (trajectories == null || trajectories.isEmpty()) {
      throw new IllegalArgumentException("at least one trajectory is needed");
    }
    int[] counts = new int[factorCount];
    for (int t = 0; t < trajectories.size(); t++) {
      MorrisTrajectoryOutputs trajectory = trajectories.get(t);
      for (int s = 0; s < trajectory.steps(); s++) {
        int factor = trajectory.factorAt(s);
        if (factor >= factorCount) {
          throw new IllegalArgumentException(
              "trajectory "
                  + t
                  + " step "
                  + s
                  + " changes factor "
                  + factor
                  + " but factorCount is "
                  + factorCount);
        }
        counts[factor]++;
      }
    }
    double[][] effects = new double[factorCount][];
    for (int i = 0; i < factorCount; i++) {
      if (counts[i] == 0) {
        throw new IllegalArgumentException(
            "factor " + i + " is never changed by any trajectory; its effects cannot be estimated");
      }
      effects[i] = new double[counts[i]];
    }
    int[] filled = new int[factorCount];
    for (MorrisTrajectoryOutputs trajectory : trajectories) {
      for (int s = 0; s < trajectory.steps(); s++) {
        int factor = trajectory.factorAt(s);
        effects[factor][filled[factor]++] = trajectory.elementaryEffect(s);
      }
    }
    List<FactorEffects> result = new ArrayList<>(factorCount);
    for (int i = 0; i < factorCount; i++) {
      double[] e = effects[i];
      double mu = Moments.mean(e);
      double absoluteSum = 0.0;
      for (double v : e) {
        absoluteSum += Math.abs(v);
      }
      result.add(
          new FactorEffects(i, e.length, mu, absoluteSum / e.length, Moments.sampleSd(e, mu)));
    }
    return new MorrisEffects(result);
  }
}
