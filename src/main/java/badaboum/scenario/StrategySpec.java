package badaboum.scenario;

import java.util.List;

/**
 * What a strategist controls for one brand; an arm of the comparison names one of these.
 *
 * @param postsPerWeek posts the plan calls for
 * @param quality craft of a post at full staffing, 0 to 1
 * @param moderation share of spam and troll content the manager means to remove
 */
public record StrategySpec(
    String name,
    double postsPerWeek,
    double quality,
    ContentMix content,
    RepliesSpec replies,
    StaffingSpec staffing,
    double moderation,
    LaunchSpec launch,
    AdsSpec ads,
    List<ContestSpec> contests,
    PollsSpec polls,
    List<FanPurchase> buyFans,
    CrisisResponseSpec crisisResponse) {

  public StrategySpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a strategy needs a name");
    }
    contests = List.copyOf(contests);
    buyFans = List.copyOf(buyFans);
  }
}
