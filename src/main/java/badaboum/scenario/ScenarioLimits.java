package badaboum.scenario;

/** Hard limits on what a scenario may ask, so a typo cannot ask for a month of computing. */
public final class ScenarioLimits {
  private ScenarioLimits() {}

  /** Ten years of days. */
  public static final int MAX_DAYS = 3650;

  /**
   * A national brand's audience. Memory grows with it, about 150 bytes a person for one brand on a
   * network of degree 12 (the README's Speed section), so the largest need a large heap.
   */
  public static final int MAX_AUDIENCE = 50_000_000;

  public static final int MAX_REPLICATIONS = 100_000;

  /** Scenario files are a few kilobytes; anything this big is a mistake (a data file, a log). */
  public static final long MAX_FILE_BYTES = 1L << 20;
}
