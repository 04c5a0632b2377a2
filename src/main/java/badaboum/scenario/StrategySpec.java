package badaboum.scenario;

import java.util.List;
import java.util.Map;

/**
 * What a strategist controls for one brand; an arm of the comparison names one of these.
 *
 * @param name the key the strategy is written under
 * @param postsPerWeek posts the plan calls for
 * @param quality craft of a post at full staffing, 0 to 1
 * @param moderation share of spam and troll content the manager means to remove
 */
public record StrategySpec(
    @Given String name,
    @Key(
            value = "4",
            min = 0,
            max = 100,
            unit = "posts per week",
            meaning = "posts the plan calls for, spread evenly over the days; 0 is a silent brand",
            label = "Posts per week")
        double postsPerWeek,
    @Key(
            value = "0.7",
            min = 0,
            max = 1,
            unit = "craft of a post at full staffing",
            meaning =
                "craft of a post at full staffing; rushed posts lose quality in proportion to the"
                    + " posting time missing",
            label = "Post quality")
        double quality,
    ContentMix content,
    RepliesSpec replies,
    @Key(name = "community_manager") StaffingSpec staffing,
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "share of spam removed",
            meaning = "share of spam and troll items the manager means to remove",
            label = "Moderation")
        double moderation,
    LaunchSpec launch,
    AdsSpec ads,
    @Key(meaning = "contests, each once or repeated") List<ContestSpec> contests,
    PollsSpec polls,
    @Key(meaning = "purchases of fake fans") List<FanPurchase> buyFans,
    CrisisResponseSpec crisisResponse,
    MessagesSpec messages,
    @Key(
            byName = true,
            contextDefault = "the market's first platform only",
            meaning =
                "where the brand has an account when the market has several `platforms`, by"
                    + " platform name (below)")
        List<PresenceSpec> platforms) {

  public StrategySpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a strategy needs a name");
    }
    Catalog.check(
        StrategySpec.class,
        name,
        postsPerWeek,
        quality,
        content,
        replies,
        staffing,
        moderation,
        launch,
        ads,
        contests,
        polls,
        buyFans,
        crisisResponse,
        messages,
        platforms);
    contests = List.copyOf(contests);
    platforms = List.copyOf(platforms);
    buyFans = List.copyOf(buyFans);
  }

  /** This strategy as played on one platform: the account's posts. */
  public StrategySpec onPlatform(PresenceSpec account) {
    return RecordValues.with(this, Map.of("postsPerWeek", account.postsPerWeek()));
  }

  /** This strategy with its accounts on the market's platforms. */
  StrategySpec withPlatforms(List<PresenceSpec> accounts) {
    return RecordValues.with(this, Map.of("platforms", accounts));
  }
}
