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
    @Key(
            value = "0",
            min = 0,
            max = 1,
            unit = "share of the audience following on day 0",
            meaning = "share of the audience following (and active) on day 0")
        double initialFollowers,
    @Key(
            name = "active_window",
            value = "30",
            min = 1,
            max = ScenarioLimits.MAX_DAYS,
            unit = "days",
            meaning =
                "a follower who has not engaged (reacted, commented, talked with a member) for this"
                    + " long is dormant; following alone is not taking part, so a newcomer is"
                    + " dormant until they first engage, and contest entries do not count",
            source = "industry practice: monthly active members")
        int activeWindowDays,
    @Key(
            name = "dormancy",
            value = "0.01",
            min = 0,
            max = 1,
            unit = "probability per active follower per day",
            meaning =
                "decay alpha: each day an active follower drifts into dormancy with this"
                    + " probability (not on the day they became active)",
            source = "assumption, swept")
        double dormancyPerDay,
    @Key(
            name = "peer_reactivation",
            value = "0.1",
            min = 0,
            max = 100,
            unit = "contacts per active follower per day",
            meaning =
                "rate beta: contacts each active follower makes with a random friend; a follower"
                    + " contacted engages (a dormant one is active again), and each such contact is"
                    + " a member-to-member interaction",
            source = "assumption, swept",
            label = "Peer reactivation")
        double peerReactivationPerDay,
    @Key(
            value = "1.0",
            min = 0,
            max = 1000,
            unit = "benefit units",
            meaning = "what each active friend in the community is worth to a follower",
            source = "Garcia, Mavrodiev and Schweitzer 2013 (Friendster): benefit per friend")
        double benefitPerActiveFriend,
    @Key(
            value = "0",
            min = 0,
            max = 1000,
            unit = "benefit units; 0 turns the rule off",
            meaning =
                "the Friendster rule: an active follower whose benefit_per_active_friend × active"
                    + " friends falls below this cost leaves; 0 turns the rule off",
            source = "Garcia, Mavrodiev and Schweitzer 2013 (Friendster): cost of staying")
        double costOfAttention,
    @Key(
            name = "unfollow_per_day",
            value = "0.001",
            min = 0,
            max = 1,
            unit = "probability per follower per day",
            meaning = "base probability of unfollowing",
            source = "assumption, swept")
        double unfollowPerDay,
    @Key(
            value = "0.1",
            min = 0,
            max = 1,
            unit = "factor on the follow probability",
            meaning = "someone who left follows again with this factor on their follow probability",
            source = "assumption, swept")
        double returnChance,
    @Key(
            value = "3",
            min = 0,
            max = 1000,
            unit = "benefit units at full satisfaction",
            meaning =
                "what a live programme's content is worth to a follower, times 2 × satisfaction (3"
                    + " when indifferent at the default); counts in the Friendster rule; nothing"
                    + " once the brand is silent or cancelled",
            source = "assumption, swept")
        double brandBenefit,
    AmbassadorRules ambassadors) {
  public CommunitySpec {
    Catalog.check(
        CommunitySpec.class,
        initialFollowers,
        activeWindowDays,
        dormancyPerDay,
        peerReactivationPerDay,
        benefitPerActiveFriend,
        costOfAttention,
        unfollowPerDay,
        returnChance,
        brandBenefit,
        ambassadors);
  }

  /** Whether the Friendster departure rule applies at all. */
  public boolean friendsterRule() {
    return costOfAttention > 0;
  }
}
