package badaboum.scenario;

/** The experimental designs a {@code sweep:} section may ask for. */
public enum SweepDesignName implements Labelled {
  GRID("grid"),
  RANDOM("random"),
  LHS("lhs"),
  SOBOL("sobol"),
  MORRIS("morris");

  private final String label;

  SweepDesignName(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
