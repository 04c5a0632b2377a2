package badaboum.scenario;

/**
 * When a member becomes an ambassador: satisfied, high-affinity and regularly engaged.
 *
 * @param minEngagementsPerMonth engagements over the last 30 days
 */
public record AmbassadorRules(
    @Key(value = "true", meaning = "whether members can become ambassadors") boolean enabled,
    @Key(
            value = "0.65",
            min = 0,
            max = 1,
            unit = "satisfaction",
            meaning = "satisfaction needed to become an ambassador (lost 0.2 below it)",
            source = "assumption, swept")
        double minSatisfaction,
    @Key(
            value = "0.6",
            min = 0,
            max = 1,
            unit = "affinity",
            meaning = "affinity needed",
            source = "assumption, swept")
        double minAffinity,
    @Key(
            value = "2",
            min = 0,
            max = 1000,
            unit = "engagements in 30 days",
            meaning = "engagements over the last 30 days (decayed) needed",
            source = "assumption, swept")
        double minEngagementsPerMonth,
    @Key(
            value = "30",
            min = 1,
            max = 3650,
            unit = "days",
            meaning =
                "engagements count for the ambassador rule with a weight that decays over this many days",
            source = "assumption, swept")
        double engagementMemoryDays,
    @Key(
            value = "0.2",
            min = 0,
            max = 1,
            unit = "satisfaction",
            meaning =
                "an ambassador stays one until satisfaction falls this far below min_satisfaction (or until dormant)",
            source = "assumption, swept")
        double hysteresis,
    @Key(
            value = "3",
            min = 1,
            max = 100,
            unit = "times a member's word of mouth",
            meaning = "ambassadors talk about the brand this many times as much as other members",
            source = "the seeds: ambassadors carry the brand's image")
        double wordOfMouthFactor,
    @Key(
            value = "2",
            min = 1,
            max = 100,
            unit = "times a member's contacts",
            meaning = "ambassadors make this many times a member's member-to-member contacts",
            source = "assumption, swept")
        double peerContactFactor,
    @Key(
            value = "5",
            min = 0,
            max = 100,
            unit = "times a member's answers",
            meaning =
                "ambassadors answer other members' comments this many times as readily as other active members",
            source =
                "the seeds: \"c'est lui qui prendra l'initiative pour poser les bonnes questions et rapporter les réponses des autres\"")
        double answerFactor,
    @Key(
            value = "0.05",
            min = 0,
            max = 1,
            unit = "probability per ambassador per spam item",
            meaning = "chance that one ambassador flags (hides) a spam or troll item",
            source = "the seeds: \"il va encore traquer les vilains\"; size assumed, swept")
        double flagChance,
    @Key(
            value = "2",
            min = 0,
            max = 100,
            unit = "answers per ambassador per day",
            meaning =
                "outraged people each ambassador answers in public, under the brand's posts, during a crisis",
            source =
                "the seeds: \"ce qu'il va faire cet ambassadeur en temps de crise, c'est défendre votre marque\"; size assumed, swept")
        double defencesPerDay,
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "probability per defence",
            meaning =
                "chance that an ambassador's defence calms an outraged person (also when an outraged friend tells them)",
            source = "assumption, swept")
        double defenceSuccess,
    @Key(
            value = "10",
            min = 0,
            max = 10000,
            unit = "outraged people per defence",
            meaning =
                "outraged people who read one public defence under the brand's posts; each is"
                    + " calmed with defence_success",
            source = "assumption, swept")
        double defenceReaders) {
  public AmbassadorRules {
    Catalog.check(
        AmbassadorRules.class,
        enabled,
        minSatisfaction,
        minAffinity,
        minEngagementsPerMonth,
        engagementMemoryDays,
        hysteresis,
        wordOfMouthFactor,
        peerContactFactor,
        answerFactor,
        flagChance,
        defencesPerDay,
        defenceSuccess,
        defenceReaders);
  }
}
