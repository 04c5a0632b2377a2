package badaboum.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The scenario settings a command line may replace: the master seed and the horizon. */
final class ScenarioFlags {
  @Option(names = "--seed", paramLabel = "N", description = "master seed (default: the scenario's)")
  Long seed;

  @Option(
      names = "--days",
      paramLabel = "N",
      description = "horizon in days (default: the scenario's)")
  Integer days;

  boolean any() {
    return seed != null || days != null;
  }

  /** The values given, by their key in the scenario, for ScenarioLoader.override. */
  Map<String, Object> overrides() {
    Map<String, Object> values = new LinkedHashMap<>();
    if (days != null) {
      values.put("days", days);
    }
    if (seed != null) {
      values.put("seed", seed);
    }
    return values;
  }
}
