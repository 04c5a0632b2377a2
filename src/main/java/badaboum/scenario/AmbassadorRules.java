package badaboum.scenario;

/**
 * When a member becomes an ambassador: satisfied, high-affinity and regularly engaged.
 *
 * @param minEngagementsPerMonth engagements over the last 30 days
 */
public record AmbassadorRules(
    boolean enabled, double minSatisfaction, double minAffinity, double minEngagementsPerMonth) {}
