package badaboum.scenario;

import java.util.List;

/**
 * Crises that hit the focal brand: scheduled ones, and random ones at a yearly rate.
 *
 * @param perYear random crises per year
 * @param randomSeverity severity of a random crisis
 */
public record CrisesSpec(List<CrisisSpec> scheduled, double perYear, double randomSeverity) {
  public CrisesSpec {
    scheduled = List.copyOf(scheduled);
  }
}
