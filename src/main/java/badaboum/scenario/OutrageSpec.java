package badaboum.scenario;

/**
 * How outrage spreads and fades when a crisis breaks (an allergen scare, an NGO campaign): who is
 * outraged at first, how they tell their friends, what the brand's answer and time do, and what
 * outrage does to following.
 */
public record OutrageSpec(
    @Key(
            value = "0.2",
            min = 0,
            max = 1,
            unit = "share of followers at severity 1",
            meaning = "followers outraged when a crisis breaks, times its severity",
            source = "assumption, swept")
        double followersShare,
    @Key(
            value = "0.02",
            min = 0,
            max = 1,
            unit = "share of the audience at severity 1",
            meaning = "people of the market outraged when a crisis breaks, times its severity",
            source = "assumption, swept")
        double audienceShare,
    @Key(
            value = "0.5",
            min = 0,
            max = 100,
            unit = "friends told per outraged person per day",
            meaning = "each outraged person tells this many friends a day on average (Poisson)",
            source = "assumption, swept")
        double tellsPerDay,
    @Key(
            value = "0.3",
            min = 0,
            max = 1,
            unit = "probability per telling at severity 1",
            meaning = "chance that a friend told gets outraged, times the severity",
            source = "assumption, swept")
        double contagion,
    @Key(
            value = "0.8",
            min = 0,
            max = 1,
            unit = "share of contagion removed",
            meaning =
                "how much a fully transparent public answer cuts contagion once it is out (times transparency)",
            source = "the seeds: \"réaction intègre et transparente\"; size assumed, swept")
        double answerDamping,
    @Key(
            value = "0.05",
            min = 0,
            max = 1,
            unit = "probability per outraged person per day",
            meaning = "outrage fades by itself with this daily chance",
            source = "assumption, swept")
        double fading,
    @Key(
            value = "0.15",
            min = 0,
            max = 1,
            unit = "probability per day",
            meaning =
                "extra daily chance that outrage fades after a fully transparent answer (times transparency)",
            source = "assumption, swept")
        double answerCalming,
    @Key(
            value = "0.2",
            min = 0,
            max = 1,
            unit = "factor on the follow probability",
            meaning = "people outraged at a brand rarely start following it",
            source = "assumption, swept")
        double followFactor,
    @Key(
            value = "3",
            min = 1,
            max = 100,
            unit = "factor on the unfollow hazard",
            meaning = "outraged followers are this many times as likely to unfollow",
            source = "assumption, swept")
        double unfollowFactor) {
  public OutrageSpec {
    Catalog.check(
        OutrageSpec.class,
        followersShare,
        audienceShare,
        tellsPerDay,
        contagion,
        answerDamping,
        fading,
        answerCalming,
        followFactor,
        unfollowFactor);
  }
}
