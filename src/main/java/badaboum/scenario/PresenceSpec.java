package badaboum.scenario;

/**
 * A brand's account on one platform of the market ({@code strategies.<arm>.platforms: {name:
 * {...}}}): how much it posts there and from when. The community manager's hours are shared among
 * the platforms the brand is on, in proportion to their posts.
 *
 * @param name the platform, one of the market's {@code platforms}
 * @param postsPerWeek posts the plan calls for on this platform
 * @param from the day the brand opens its account there (not before the platform opens)
 */
public record PresenceSpec(
    @Given String name,
    @Key(
            min = 0,
            max = 100,
            unit = "posts per week",
            contextDefault = "the strategy's posts_per_week",
            meaning =
                "posts on this platform; the manager's hours are shared among the brand's"
                    + " platforms in proportion to their posts")
        double postsPerWeek,
    @Key(
            value = "0",
            min = 0,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "day",
            meaning =
                "the day the brand opens its account on this platform (not before the platform"
                    + " opens)")
        int from) {
  public PresenceSpec {
    Catalog.check(PresenceSpec.class, name, postsPerWeek, from);
  }
}
