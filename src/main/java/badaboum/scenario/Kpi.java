package badaboum.scenario;

/** What management watches at each review. */
public enum Kpi implements Labelled {
  FANS("fans", true),
  FOLLOWERS("followers", true),
  ACTIVE_MEMBERS("active_members", true),
  ENGAGEMENT_RATE("engagement_rate", true),
  SENTIMENT("sentiment", true),
  COST_PER_ACTIVE("cost_per_active", false);

  private final String label;
  private final boolean higherIsBetter;

  Kpi(String label, boolean higherIsBetter) {
    this.label = label;
    this.higherIsBetter = higherIsBetter;
  }

  @Override
  public String label() {
    return label;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }
}
