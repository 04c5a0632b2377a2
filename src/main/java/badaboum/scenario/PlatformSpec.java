package badaboum.scenario;

import java.util.HashMap;
import java.util.Map;

/**
 * The platform's feed rules, shared by every brand of the market.
 *
 * @param organicReach share of fans shown a post, for a page of {@code reachReferenceFans} fans at
 *     the reference engagement rate
 * @param reachSizeElasticity reach falls as (reference fans / fans)^elasticity above the reference
 * @param reachFeedback exponent on recent engagement per impression / reference: fake and dead fans
 *     cut reach
 * @param referenceEngagement reactions per person reached at which reach is neither cut nor boosted
 * @param engagementMemoryDays how many posting days the recent engagement rate remembers
 * @param attentionPerDay posts a person can look at per day, across every brand
 * @param baseReaction chance that a person of average activity reacts to a perfectly relevant post
 *     when indifferent to the brand
 * @param shareAudience friends who see a member's share
 * @param shareConversion factor on the follow probability of a friend who sees a share
 * @param fakePurgePerYear share of fake fans the platform removes per year
 * @param spamBotsPer1000Reach spam and troll bots arriving per day per thousand people reached
 * @param botBanPerDay chance that the platform bans a bot on a given day
 * @param mentionsPer1000Aware mentions of the brand outside its page per day per thousand people
 *     who know it
 */
public record PlatformSpec(
    @Key(
            value = "0.16",
            min = 0,
            max = 1,
            unit = "share of fans shown a post",
            meaning =
                "share of fans shown a post, for a page of `reach_reference_fans` fans at the"
                    + " reference engagement rate",
            source = "industry reports 2012-2020: organic reach of a page 2-16% of fans")
        double organicReach,
    @Key(
            value = "100",
            min = 1,
            max = ScenarioLimits.MAX_AUDIENCE,
            unit = "fans",
            meaning = "page size at which `organic_reach` holds",
            source = "assumption, swept")
        int reachReferenceFans,
    @Key(
            value = "0.3",
            min = 0,
            max = 2,
            unit = "exponent",
            meaning =
                "above the reference size reach falls as (reference / fans)^elasticity: reach"
                    + " shrinks as the page grows",
            source = "industry reports 2012-2020: lower organic reach for bigger pages")
        double reachSizeElasticity,
    @Key(
            value = "1.0",
            min = 0,
            max = 5,
            unit = "exponent",
            meaning =
                "reach is multiplied by (recent reactions per impression / reference)^feedback:"
                    + " fake and dead fans are shown posts and never react, which cuts reach for"
                    + " everyone",
            source = "platform documentation: engagement ranks posts in the feed; size assumed")
        double reachFeedback,
    @Key(
            value = "0.02",
            min = 1e-6,
            max = 1,
            unit = "reactions per person reached",
            meaning =
                "the engagement per impression at which reach is neither cut nor boosted; with"
                    + " 5-8% reach it gives 0.1-0.16% reactions per post per fan",
            source = "industry figures: 0.05-0.3% reactions per post per fan")
        double referenceEngagement,
    @Key(
            value = "0.01",
            min = 0,
            max = 1,
            unit = "share of fans",
            meaning = "reach never falls below this share of fans",
            source = "assumption, swept")
        double minReach,
    @Key(
            value = "0.3",
            min = 0,
            max = 1,
            unit = "share of fans",
            meaning = "nor rises above this one",
            source = "assumption, swept")
        double maxReach,
    @Key(
            value = "14",
            min = 1,
            max = 365,
            unit = "posting days",
            meaning =
                "how long the platform remembers a page's engagement; the estimate is shrunk"
                    + " towards the reference by a prior (engagement_prior_impressions), so a small"
                    + " page's quiet day is not read as a dead page",
            source = "assumption, swept")
        int engagementMemoryDays,
    @Key(
            value = "5",
            min = 1,
            max = 1000,
            unit = "posts per person per day",
            meaning =
                "a person sees at most this many posts a day, across every brand of the market:"
                    + " brands compete for attention",
            source = "assumption, swept")
        int attentionPerDay,
    @Key(
            value = "0.25",
            min = 0,
            max = 1,
            unit = "probability per exposure",
            meaning =
                "chance that a person of average activity, indifferent to the brand, reacts to a"
                    + " perfectly relevant post; the actual chance is base × activity × relevance"
                    + " × 2 × satisfaction (at most 0.9)",
            source = "calibrated to 0.05-0.3% reactions per post per fan (industry figures)")
        double baseReaction,
    @Key(
            value = "5",
            min = 0,
            max = 1000,
            unit = "friends per share",
            meaning = "friends who see a member's share",
            source = "assumption, swept")
        int shareAudience,
    @Key(
            value = "0.2",
            min = 0,
            max = 10,
            unit = "factor on the follow probability",
            meaning =
                "follow probability of a friend who sees a share, as a factor on their affinity",
            source = "assumption, swept")
        double shareConversion,
    @Key(
            value = "0.2",
            min = 0,
            max = 1,
            unit = "share of fake fans per year",
            meaning = "fake fans the platform removes each year",
            source =
                "platforms purge fake accounts in waves; fake accounts are a few percent of all")
        double fakePurgePerYear,
    @Key(
            name = "spam_bots_per_1000_reach",
            value = "0.02",
            min = 0,
            max = 1000,
            unit = "bots per day per 1000 reached",
            meaning = "spam and troll bots arrive in proportion to visibility",
            source = "assumption, swept")
        double spamBotsPer1000Reach,
    @Key(
            value = "0.05",
            min = 0,
            max = 1,
            unit = "probability per bot per day",
            meaning = "the platform bans bots by itself",
            source = "assumption, swept")
        double botBanPerDay,
    @Key(
            name = "mentions_per_1000_aware",
            value = "0.5",
            min = 0,
            max = 1000,
            unit = "mentions per day per 1000 aware",
            meaning =
                "mentions of the brand outside its page, per day per 1000 people who know the"
                    + " brand without following it, which listening can answer",
            source = "assumption, swept")
        double mentionsPer1000Aware,
    @Key(
            value = "500",
            min = 0,
            max = 1000000000.0,
            unit = "impressions",
            meaning =
                "the platform's estimate of a page's engagement is shrunk towards the reference by a prior worth this many impressions, so a small page's quiet day is not read as a dead page",
            source = "assumption, swept")
        double engagementPriorImpressions,
    @Key(
            value = "0.9",
            min = 0,
            max = 1,
            unit = "probability per exposure",
            meaning = "the chance to react to one post seen never exceeds this",
            source = "assumption, swept")
        double maxReactionChance,
    @Key(
            value = "0.9",
            min = 0,
            max = 1,
            unit = "share of reactions",
            meaning = "the share of a person's reactions that are comments never exceeds this",
            source = "assumption, swept")
        double maxCommentChance,
    @Key(
            value = "1.0",
            min = 0,
            max = 5,
            unit = "exponent",
            meaning =
                "a reaction is a comment with the post kind's comment_share × activity^exponent: superusers write, lurkers like",
            source = "van Mierlo 2014 (participation inequality); the exponent is calibrated on it")
        double commentActivityExponent,
    @Key(
            value = "20",
            min = 1,
            max = 10000,
            unit = "draws per impression",
            meaning =
                "affinity targeting shows an ad to someone drawn, kept with probability their affinity, up to this many draws",
            source = "assumption, swept")
        int adTargetingTries,
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "share of moderated items",
            meaning =
                "share of the spam and troll items the manager removes whose bot is reported and banned",
            source = "assumption, swept")
        double moderationBanShare,
    @Key(
            value = "3",
            min = 0,
            max = 100,
            unit = "factor on the follow probability",
            meaning =
                "someone the brand answers outside its page considers following with this factor on their affinity",
            source = "the seeds: the Wine Library e-mail recruits an advocate; size assumed, swept")
        double listeningConversion,
    @Key(
            value = "true",
            meaning =
                "whether the platform treats fake accounts like any follower: it shows them posts"
                    + " (they take their share of the reach, and their silence lowers the"
                    + " engagement reach feeds on) and counts them in the page's size",
            source = "platforms deliver posts to every account that follows a page")
        boolean countsFakeFans,
    @Key(
            value = "true",
            meaning =
                "with several `platforms`: a person's time is shared among the platforms they are"
                    + " on, so a page's post is seen, on its platform, by a follower who is there"
                    + " with the share of their time they spend there (an equal share of each"
                    + " platform they are on); false: every platform has all of their attention",
            source = "assumption: a day has the same hours whatever the number of apps")
        boolean attentionShared) {
  public PlatformSpec {
    Catalog.check(
        PlatformSpec.class,
        organicReach,
        reachReferenceFans,
        reachSizeElasticity,
        reachFeedback,
        referenceEngagement,
        minReach,
        maxReach,
        engagementMemoryDays,
        attentionPerDay,
        baseReaction,
        shareAudience,
        shareConversion,
        fakePurgePerYear,
        spamBotsPer1000Reach,
        botBanPerDay,
        mentionsPer1000Aware,
        engagementPriorImpressions,
        maxReactionChance,
        maxCommentChance,
        commentActivityExponent,
        adTargetingTries,
        moderationBanShare,
        listeningConversion,
        countsFakeFans,
        attentionShared);
    if (minReach > maxReach) {
      throw new SpecException("min_reach", "min_reach is above max_reach; swap them");
    }
  }

  /** These rules with a platform's own reach and feedback, where it has its own. */
  public PlatformSpec withReach(Double ownReach, Double ownFeedback) {
    Map<String, Object> own = new HashMap<>();
    if (ownReach != null) {
      own.put("organicReach", ownReach);
    }
    if (ownFeedback != null) {
      own.put("reachFeedback", ownFeedback);
    }
    return own.isEmpty() ? this : RecordValues.with(this, own);
  }
}
