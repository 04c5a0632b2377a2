package badaboum.scenario;

/**
 * How people take one kind of post. Each kind's defaults are given where it sits in {@link
 * ContentTypesSpec}.
 *
 * @param appeal how engaging the kind is at its best
 * @param centredness how much it is about the brand: only people who like the brand's universe care
 *     for that part, the rest appeals to anyone ("put cats")
 * @param commentShare share of reactions that are comments, for a person of average activity
 * @param shareShare share of reactions that are shares
 */
public record ContentTypeSpec(
    @Key(
            min = 0,
            max = 1,
            unit = "relevance at best",
            meaning = "how engaging this kind of post is at its best",
            source =
                "industry reports: promotional posts engage least, questions draw comments,"
                    + " entertaining posts get shared")
        double appeal,
    @Key(
            min = 0,
            max = 1,
            unit = "share about the brand",
            meaning =
                "how much the post is about the brand: that part appeals only as much as a"
                    + " person likes the brand's universe, the rest appeals to anyone",
            source = "the seeds: \"mettez des chats\", decentred posts appeal beyond the fans")
        double centredness,
    @Key(
            min = 0,
            max = 1,
            unit = "share of reactions",
            meaning =
                "share of reactions that are comments, for a person of average activity (times"
                    + " activity^platform.comment_activity_exponent: superusers write, lurkers like)",
            source = "industry reports: questions draw comments")
        double commentShare,
    @Key(
            min = 0,
            max = 1,
            unit = "share of reactions",
            meaning = "share of reactions that are shares (friends see them); the rest are likes",
            source = "industry reports: entertaining posts get shared")
        double shareShare) {
  public ContentTypeSpec {
    Catalog.check(ContentTypeSpec.class, appeal, centredness, commentShare, shareShare);
    if (commentShare + shareShare > 1) {
      throw new SpecException(
          "share_share", "comment_share + share_share is above 1; the rest of reactions are likes");
    }
  }

  /** Relevance of a post of this kind and quality to a person of this affinity, in [0, 1]. */
  public double relevance(double quality, double affinity, double generalInterest) {
    return appeal * quality * (centredness * affinity + (1 - centredness) * generalInterest);
  }
}
