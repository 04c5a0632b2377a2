package badaboum.scenario;

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
    double organicReach,
    int reachReferenceFans,
    double reachSizeElasticity,
    double reachFeedback,
    double referenceEngagement,
    double minReach,
    double maxReach,
    int engagementMemoryDays,
    int attentionPerDay,
    double baseReaction,
    int shareAudience,
    double shareConversion,
    double fakePurgePerYear,
    double spamBotsPer1000Reach,
    double botBanPerDay,
    double mentionsPer1000Aware) {}
