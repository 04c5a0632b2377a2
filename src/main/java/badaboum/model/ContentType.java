package badaboum.model;

/**
 * Kinds of posts and how people take them. Appeal is how engaging the type is at its best;
 * centredness how much it is about the brand (only people who like the brand's universe care for
 * those), the rest appealing to anyone ("put cats"); the last two split reactions into comments and
 * shares, the rest being likes. Orders of magnitude from industry reports: promotional posts engage
 * least, questions draw comments, entertaining posts get shared.
 */
public enum ContentType {
  PROMOTIONAL(0.4, 1.0, 0.10, 0.05),
  INFORMATIVE(0.8, 0.7, 0.15, 0.15),
  ENTERTAINING(1.0, 0.1, 0.10, 0.30),
  CONVERSATION(1.0, 0.4, 0.55, 0.05),
  /** A poll: the brand asks its members' opinion (explicit listening). */
  POLL(1.0, 0.3, 0.70, 0.05),
  /** A contest announcement; entering is a reaction. */
  CONTEST(1.0, 0.5, 0.10, 0.20);

  /** The appeal that a decentred post has for anyone, whatever their affinity. */
  private static final double GENERAL_INTEREST = 0.5;

  private final double appeal;
  private final double centredness;
  private final double commentShare;
  private final double shareShare;

  ContentType(double appeal, double centredness, double commentShare, double shareShare) {
    this.appeal = appeal;
    this.centredness = centredness;
    this.commentShare = commentShare;
    this.shareShare = shareShare;
  }

  /** Relevance of a post of this type and quality to a person of this affinity, in [0, 1]. */
  public double relevance(double quality, double affinity) {
    return appeal * quality * (centredness * affinity + (1 - centredness) * GENERAL_INTEREST);
  }

  public double commentShare() {
    return commentShare;
  }

  public double shareShare() {
    return shareShare;
  }
}
