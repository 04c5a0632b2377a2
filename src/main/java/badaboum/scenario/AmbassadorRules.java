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
        double minEngagementsPerMonth) {
  public AmbassadorRules {
    Catalog.check(
        AmbassadorRules.class, enabled, minSatisfaction, minAffinity, minEngagementsPerMonth);
  }
}
