package badaboum.scenario;

/**
 * Crises that break at random, each day with probability per_year / 365.
 *
 * @param perYear random crises per year
 * @param severity severity of a random crisis
 */
public record RandomCrisesSpec(
    @Key(
            value = "0",
            min = 0,
            max = 365,
            unit = "crises per year",
            meaning = "random crises, each day with probability per_year / 365")
        double perYear,
    @Key(value = "0.5", min = 0, max = 1, unit = "0 to 1", meaning = "severity of a random crisis")
        double severity) {
  public RandomCrisesSpec {
    Catalog.check(RandomCrisesSpec.class, perYear, severity);
  }
}
