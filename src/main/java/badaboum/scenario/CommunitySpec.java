package badaboum.scenario;

/**
 * What makes followers a community rather than an audience.
 *
 * @param initialFollowers share of the audience following (and active) on day 0
 * @param activeWindowDays a follower who has not engaged for this many days is dormant
 * @param dormancyPerDay daily probability that an active follower who did not engage that day
 *     drifts into dormancy (the decay alpha)
 * @param peerReactivationPerDay contacts per day each active follower makes with a random friend; a
 *     dormant follower so contacted is active again (the rate beta)
 * @param benefitPerActiveFriend what each active friend in the community is worth to a follower
 * @param costOfAttention what following costs; an active follower whose benefit falls below it
 *     leaves (the Friendster rule; 0 turns the rule off)
 * @param unfollowPerDay base daily probability that a follower unfollows
 * @param returnChance how much less likely someone who left is to follow again
 * @param brandBenefit what a live programme is worth to a fully satisfied follower, in the same
 *     units as the cost of attention (scaled by 2 × satisfaction; nothing once cancelled)
 * @param ambassadors when a member becomes an ambassador
 */
public record CommunitySpec(
    double initialFollowers,
    int activeWindowDays,
    double dormancyPerDay,
    double peerReactivationPerDay,
    double benefitPerActiveFriend,
    double costOfAttention,
    double unfollowPerDay,
    double returnChance,
    double brandBenefit,
    AmbassadorRules ambassadors) {
  public CommunitySpec {
    Checks.within("community.initial_followers", initialFollowers, 0, 1);
    Checks.within("community.active_window", activeWindowDays, 1, ScenarioLimits.MAX_DAYS);
    Checks.within("community.dormancy", dormancyPerDay, 0, 1);
    Checks.within("community.unfollow_per_day", unfollowPerDay, 0, 1);
    Checks.within("community.return_chance", returnChance, 0, 1);
  }

  /** Whether the Friendster departure rule applies at all. */
  public boolean friendsterRule() {
    return costOfAttention > 0;
  }
}
