package badaboum.scenario;

/** How the friendship graph of the audience is made. */
public enum NetworkModel implements Labelled {
  /** No graph: each contact goes to a uniformly random person (the Bass mixing assumption). */
  COMPLETE("complete"),
  ERDOS_RENYI("erdos-renyi"),
  WATTS_STROGATZ("watts-strogatz"),
  BARABASI_ALBERT("barabasi-albert"),
  /** An edge-list CSV of person ids. */
  FILE("file");

  private final String label;

  NetworkModel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
