package badaboum.scenario;

/**
 * One brand of the market.
 *
 * @param strategy the strategy it plays, or null for the first brand, which plays the arm
 */
public record BrandSpec(
    @Key(contextDefault = "brand, brand2, ...", meaning = "the brand's name in the results")
        String name,
    @Key(
            contextDefault = "the first strategy",
            meaning =
                "the strategy a competing brand plays (not allowed on the first brand, which plays"
                    + " each arm in turn)")
        String strategy,
    @Key(
            contextDefault = "the top-level `management`",
            meaning = "this brand's own reviews, merged over the top-level ones")
        ManagementSpec management) {}
