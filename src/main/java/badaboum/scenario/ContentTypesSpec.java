package badaboum.scenario;

/**
 * How people take each kind of post: orders of magnitude from industry reports (promotional posts
 * engage least, questions draw comments, entertaining posts get shared).
 *
 * @param generalInterest the appeal of a decentred post for anyone, whatever their affinity
 */
public record ContentTypesSpec(
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "relevance",
            meaning =
                "how much the decentred part of a post appeals to anyone, whatever their affinity",
            source = "assumption, swept")
        double generalInterest,
    @Key(value = "{appeal: 0.4, centredness: 1.0, comment_share: 0.15, share_share: 0.05}")
        ContentTypeSpec promotional,
    @Key(value = "{appeal: 0.8, centredness: 0.7, comment_share: 0.3, share_share: 0.15}")
        ContentTypeSpec informative,
    @Key(value = "{appeal: 1.0, centredness: 0.1, comment_share: 0.25, share_share: 0.3}")
        ContentTypeSpec entertaining,
    @Key(value = "{appeal: 1.0, centredness: 0.4, comment_share: 0.7, share_share: 0.05}")
        ContentTypeSpec conversation,
    @Key(value = "{appeal: 1.0, centredness: 0.3, comment_share: 0.7, share_share: 0.05}")
        ContentTypeSpec poll) {
  public ContentTypesSpec {
    Catalog.check(
        ContentTypesSpec.class,
        generalInterest,
        promotional,
        informative,
        entertaining,
        conversation,
        poll);
  }
}
