package badaboum.scenario;

/** What a strategist controls for one brand; an arm of the comparison names one of these. */
public record StrategySpec(String name) {
  public StrategySpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a strategy needs a name");
    }
  }
}
