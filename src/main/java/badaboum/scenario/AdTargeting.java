package badaboum.scenario;

/** Who paid ads reach. */
public enum AdTargeting implements Labelled {
  BROAD("broad"),
  AFFINITY("affinity");

  private final String label;

  AdTargeting(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
