package badaboum.scenario;

/**
 * How the brand answers a crisis.
 *
 * @param delayHours time to a public answer
 * @param transparency 0 (denial, silence) to 1 (facts, apology, what changes)
 */
public record CrisisResponseSpec(
    @Key(
            value = "24",
            min = 0,
            max = 24 * 365,
            unit = "hours to a public answer",
            meaning = "time to a public answer to a crisis (rounded up to days)",
            label = "Crisis answer delay (hours)")
        double delayHours,
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "0 denial to 1 full transparency",
            meaning = "0 denial or silence, 1 facts, apology and what changes",
            label = "Crisis transparency")
        double transparency) {
  public CrisisResponseSpec {
    Catalog.check(CrisisResponseSpec.class, delayHours, transparency);
  }
}
