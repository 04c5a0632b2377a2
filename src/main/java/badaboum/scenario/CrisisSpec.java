package badaboum.scenario;

/**
 * A crisis: an allergen scare, an NGO campaign.
 *
 * @param severity 0 to 1: how many are outraged at first and how contagious it is
 */
public record CrisisSpec(int day, double severity, String topic) {}
