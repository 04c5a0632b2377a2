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
    @Key(
            value = "0.2",
            min = 0,
            max = 1,
            unit = "share of posts",
            meaning =
                "share of posts about products and offers: least engaging, and above 30% of recent"
                    + " posts they grate (satisfaction) and raise unfollows (up to ×4)",
            label = "Promotional share")
        double promotional,
    @Key(
            value = "0.3",
            min = 0,
            max = 1,
            unit = "share of posts",
            meaning = "share about the brand's universe")
        double informative,
    @Key(
            value = "0.3",
            min = 0,
            max = 1,
            unit = "share of posts",
            meaning = "share of decentred posts for anyone (\"put cats\")")
        double entertaining,
    @Key(
            value = "0.2",
            min = 0,
            max = 1,
            unit = "share of posts",
            meaning = "share of questions that invite answers; the four shares must sum to 1")
        double conversation) {
  public ContentMix {
    Catalog.check(ContentMix.class, promotional, informative, entertaining, conversation);
    double sum = promotional + informative + entertaining + conversation;
    if (Math.abs(sum - 1) > 1e-6) {
      throw new SpecException(
          "",
          "the four shares sum to "
              + KeyInfo.format(Math.round(sum * 1e6) / 1e6)
              + "; make promotional + informative + entertaining + conversation = 1");
    }
  }
}
