package badaboum.scenario;

import java.util.List;
import java.util.Map;

/**
 * A whole scenario, validated: one market, the strategies it compares, and how long and how often
 * to run it. Immutable, so thousands of runs can share one.
 *
 * @param management management's reviews, for every brand that does not set its own
 * @param brands the brands of the market; the first plays the arm's strategy
 * @param arms the strategies compared, in order; every replicate runs every arm on the same seed
 * @param sweep the parameters varied across points; {@link SweepSpec#none} for one point
 * @param effective every key with its value, defaults included, for scenario.effective.yaml
 */
public record Scenario(
    String name,
    String description,
    String notes,
    int days,
    int replications,
    long seed,
    AudienceSpec audience,
    CommunitySpec community,
    PlatformSpec platform,
    ManagementSpec management,
    List<BrandSpec> brands,
    CrisesSpec crises,
    List<StrategySpec> strategies,
    List<String> arms,
    SweepSpec sweep,
    ScenarioSource source,
    Map<String, Object> effective) {

  public Scenario {
    Checks.within("days", days, 1, ScenarioLimits.MAX_DAYS);
    Checks.within("replications", replications, 1, ScenarioLimits.MAX_REPLICATIONS);
    strategies = List.copyOf(strategies);
    brands = List.copyOf(brands);
    arms = List.copyOf(arms);
    for (String arm : arms) {
      if (strategies.stream().noneMatch(s -> s.name().equals(arm))) {
        throw new IllegalArgumentException("arm '" + arm + "' names no strategy");
      }
    }
  }

  public StrategySpec strategy(String name) {
    return strategies.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no strategy named '" + name + "'"));
  }

  /** Runs of one point: every arm, every replicate (a sweep multiplies this by its points). */
  public long runCount() {
    return (long) arms.size() * replications;
  }
}
