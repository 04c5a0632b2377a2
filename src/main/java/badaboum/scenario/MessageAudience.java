package badaboum.scenario;

/** Who receives the brand's mass messages. */
public enum MessageAudience implements Labelled {
  /** Everyone who follows the page: the audience addressed as a community. */
  ALL_FOLLOWERS("all_followers"),
  /** Active members only: those who take part. */
  MEMBERS("members");

  private final String label;

  MessageAudience(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
