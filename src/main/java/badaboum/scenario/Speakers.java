package badaboum.scenario;

/** Who spreads word of mouth about a brand. */
public enum Speakers implements Labelled {
  /** Members who engaged within the active window: a dormant follower tells nobody. */
  ACTIVE("active"),
  /** Every follower, engaged or not: the Bass reduction. */
  FOLLOWERS("followers");

  private final String label;

  Speakers(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
