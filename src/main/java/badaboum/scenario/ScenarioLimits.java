package badaboum.scenario;

/** Hard limits on what a scenario may ask, so a typo cannot ask for a month of computing. */
public final class ScenarioLimits {
  private ScenarioLimits() {}

  /** Ten years of days. */
  public static final int MAX_DAYS = 3650;

  public static final int MAX_AUDIENCE = 5_000_000;

  public static final int MAX_REPLICATIONS = 100_000;

  /** Scenario files are a few kilobytes; anything this big is a mistake (a data file, a log). */
  public static final long MAX_FILE_BYTES = 1L << 20;
}
