package badaboum.scenario;

/**
 * One brand of the market.
 *
 * @param strategy the strategy it plays, or null for the first brand, which plays the arm
 */
public record BrandSpec(String name, String strategy, ManagementSpec management) {}
