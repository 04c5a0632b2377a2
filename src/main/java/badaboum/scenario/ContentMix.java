package badaboum.scenario;

/**
 * Shares of a brand's posts by type; they sum to 1.
 *
 * @param promotional about the brand's products and offers
 * @param informative about the brand's universe (how the cheese is made)
 * @param entertaining decentred, for anyone ("put cats")
 * @param conversation questions and talk that invite members to answer
 */
public record ContentMix(
    double promotional, double informative, double entertaining, double conversation) {
  public ContentMix {
    double sum = promotional + informative + entertaining + conversation;
    if (Math.abs(sum - 1) > 1e-6) {
      throw new IllegalArgumentException("content shares must sum to 1, got " + sum);
    }
  }
}
