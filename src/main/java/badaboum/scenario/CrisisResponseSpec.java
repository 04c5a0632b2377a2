package badaboum.scenario;

/**
 * How the brand answers a crisis.
 *
 * @param delayHours time to a public answer
 * @param transparency 0 (denial, silence) to 1 (facts, apology, what changes)
 */
public record CrisisResponseSpec(double delayHours, double transparency) {}
