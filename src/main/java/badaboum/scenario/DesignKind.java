package badaboum.scenario;

/**
 * The experimental designs a {@code sweep:} section may ask for, from the scenario to the manifest.
 */
public enum DesignKind implements Labelled {
  GRID("grid"),
  RANDOM("random"),
  LHS("lhs"),
  SOBOL("sobol"),
  MORRIS("morris");

  private final String label;

  DesignKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
