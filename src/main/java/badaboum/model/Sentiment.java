package badaboum.model;

/** The mood of a brand's followers: −1 hostile, 0 indifferent, 1 delighted. */
public final class Sentiment {
  private Sentiment() {}

  /**
   * Mean over followers of their mood ({@link BrandCommunity#mood}), counting the outraged as −1.
   * The brand keeps the sum as moods change (to 2^−32 per follower), so this costs nothing whatever
   * the number of followers.
   */
  public static double of(BrandCommunity brand) {
    return brand.sentiment();
  }
}
