package badaboum.scenario;

/** What entering a contest asks: following the page, liking the post, or sharing it. */
public enum ContestEntry implements Labelled {
  FOLLOW("follow"),
  LIKE("like"),
  SHARE("share");

  private final String label;

  ContestEntry(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
