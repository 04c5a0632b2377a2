package badaboum.engine;

import badaboum.scenario.Scenario;

/**
 * Everything one run needs: a validated scenario (one point of a sweep), the arm, the replicate and
 * its seed. A run is a pure function of this.
 *
 * @param exportMembers whether to keep each person's final state (members.csv)
 */
public record RunSpec(
    Scenario scenario, String arm, int replicate, long seed, boolean exportMembers) {

  public RunSpec {
    if (scenario.strategies().stream().noneMatch(s -> s.name().equals(arm))) {
      throw new IllegalArgumentException("arm '" + arm + "' is not a strategy of the scenario");
    }
  }

  /** Replicate {@code replicate} of an arm, seeded from the scenario's master seed. */
  public static RunSpec of(Scenario scenario, String arm, int replicate) {
    return new RunSpec(scenario, arm, replicate, seed(scenario.seed(), replicate), false);
  }

  /**
   * The seed of replicate {@code replicate}, the one place it is derived: the same for every arm
   * and every point of a sweep (common random numbers), whatever runs it.
   */
  public static long seed(long masterSeed, int replicate) {
    return RandomStreams.runSeed(masterSeed, replicate);
  }

  public RunSpec withMembers() {
    return new RunSpec(scenario, arm, replicate, seed, true);
  }
}
