package badaboum.scenario;

/**
 * What makes followers a community rather than an audience.
 *
 * @param initialFollowers share of the audience following (and active) on day 0
 * @param activeWindowDays a follower who has not engaged for this many days is dormant
 * @param dormancyPerDay daily probability that an active follower who did not engage that day
 *     drifts into dormancy (the decay alpha)
 * @param peerReactivationPerDay contacts per day each active follower makes with a friend or a
 *     member they have a tie with; one that turns into a talk engages both, so a dormant follower
 *     is active again (the rate beta)
 * @param benefitPerActiveFriend what each active friend or tie in the community is worth to a
 *     follower
 * @param costOfAttention what following costs; a follower whose benefit falls below it may leave
 *     (the departure hazard; 0 turns departures off)
 * @param unfollowPerDay base daily probability that a follower unfollows
 * @param returnChance how much less likely someone who left is to follow again
 * @param brandBenefit what a live programme is worth to a fully satisfied follower, in the same
 *     units as the cost of attention (times satisfaction / indifference; nothing once cancelled)
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
                "rate beta: contacts each active follower makes with a friend or a member they have"
                    + " a tie with (ambassadors peer_contact_factor times as many); a contact turns"
                    + " into a talk with probability affinity × affinity × min(1, satisfaction /"
                    + " indifference), which engages both (a dormant one is active again) and is a"
                    + " member-to-member interaction",
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
                "what following costs in attention, in the units of the benefit of staying"
                    + " (benefit_per_active_friend per active friend or tie, and brand_benefit); a"
                    + " follower below it may leave (departure_rate); 0 turns departures off",
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
    AmbassadorRules ambassadors,
    @Key(
            value = "1.0",
            min = 0,
            max = 10,
            unit = "factor per unit of image",
            meaning =
                "how much the brand's image (the mean mood, from −1 to 1, of the members who talk about it; the outraged count −1) moves the follow probability: × (1 + weight × image), at least 0; a crisis or a hostile page makes newcomers hesitate",
            source =
                "the seeds: each action becomes a \"micro-image perçue\" that spreads; size assumed, swept")
        double imageWeight,
    @Key(
            value = "0.02",
            min = 0,
            max = 1,
            unit = "per active member",
            meaning =
                "members answer each other: a comment gets an answer from a fellow member with probability 1 − exp(−rate × active members), ambassadors counting answer_factor times; the answer pleases the commenter, engages both and forms a tie between them",
            source =
                "the seeds: \"comment générer des interactions y compris entre les membres de la communauté\"; size assumed, swept")
        double memberAnswerRate,
    @Key(
            value = "90",
            min = 1,
            max = 3650,
            unit = "days",
            meaning =
                "a tie formed by an answer between two members counts in the benefit of belonging while renewed within this many days",
            source = "assumption, swept")
        int tieMemoryDays,
    @Key(
            value = "0.05",
            min = 0,
            max = 1,
            unit = "probability per follower per day",
            meaning =
                "the departure hazard at its highest: a follower whose benefit of staying (active friends and ties, and the brand's content while it runs) is below the cost of attention leaves with rate × min(1, steepness × (cost − benefit) / cost) a day; 1 with a large steepness is the Friendster rule (leave at once)",
            source =
                "Garcia, Mavrodiev and Schweitzer 2013 (Friendster) for the rule; the rate is an assumption, swept")
        double departureRate,
    @Key(
            value = "1",
            min = 0.001,
            max = 1000000000.0,
            unit = "factor on the relative deficit",
            meaning = "how fast the departure hazard rises as the benefit falls below the cost",
            source = "assumption, swept")
        double departureSteepness,
    @Key(
            value = "0.1",
            min = 0,
            max = 1,
            unit = "factor on the departure hazard",
            meaning =
                "a dormant follower misses less what the community no longer gives: their"
                    + " departure hazard is this share of an active member's (ghost fans of a"
                    + " silent page rarely bother to unfollow)",
            source = "assumption, swept")
        double dormantDepartureFactor,
    @Key(
            value = "0.6",
            min = 0,
            max = 1,
            unit = "satisfaction",
            meaning =
                "a contest joiner whose satisfaction has reached this has grown attached and no longer leaves with the contest's churn_after",
            source = "assumption, swept")
        double contestAttachment,
    @Key(
            value = "4",
            min = 1,
            max = 1000,
            unit = "hazard ratio",
            meaning =
                "the unfollow hazard is multiplied by ratio^(1 − 2 × satisfaction): ratio times as high when fed up, ratio times lower when delighted",
            source = "assumption, swept")
        double unfollowSatisfactionRatio,
    @Key(
            value = "4",
            min = 1,
            max = 100,
            unit = "factor at 100% promotion",
            meaning =
                "under promotional overload the unfollow hazard rises linearly from 1 at the tolerated share to this when every post is promotion",
            source = "assumption, swept")
        double promoUnfollowFactor,
    SatisfactionSpec satisfaction) {
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
        ambassadors,
        imageWeight,
        memberAnswerRate,
        tieMemoryDays,
        departureRate,
        departureSteepness,
        dormantDepartureFactor,
        contestAttachment,
        unfollowSatisfactionRatio,
        promoUnfollowFactor,
        satisfaction);
  }

  /** Whether departures for want of benefit happen at all. */
  public boolean departures() {
    return costOfAttention > 0 && departureRate > 0;
  }
}
