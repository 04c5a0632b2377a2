package badaboum.cli;

import badaboum.engine.ScenarioCheck;
import badaboum.scenario.DidYouMean;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioException;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads a scenario for a command: the file, its data files, and the flags that override it. */
final class ScenarioInput {
  private final ScenarioLoader loader = new ScenarioLoader();

  /** Loads and checks the file and its data files; throws {@link ScenarioException}. */
  Scenario load(Path file) {
    Scenario scenario = loader.load(file);
    List<String> data = ScenarioCheck.dataProblems(scenario);
    if (!data.isEmpty()) {
      throw new DataFileException(data);
    }
    return scenario;
  }

  /**
   * The scenario with the command line's values applied, checked like the file. The file itself is
   * valid, so what the values break is the flags' doing, and the message names them.
   *
   * @param overrides values by scenario key, each given as the flag {@code --KEY}
   * @throws UsageProblem naming the flags and what they make invalid
   */
  Scenario withFlags(Scenario scenario, Map<String, Object> overrides) {
    if (overrides.isEmpty()) {
      return scenario;
    }
    try {
      return loader.override(scenario, overrides, "command line");
    } catch (ScenarioException e) {
      StringBuilder message = new StringBuilder();
      overrides.forEach(
          (key, value) ->
              message.append(message.length() == 0 ? "" : " ").append("--" + key + " " + value));
      message.append(" does not fit ").append(scenario.source().label()).append(':');
      e.problems().forEach(p -> message.append("\n  ").append(p));
      message.append("\nchange the flag");
      message.append(overrides.size() == 1 ? "" : "s");
      message.append(", or the file");
      throw new UsageProblem(message.toString());
    }
  }

  /** The arms to run: all, or the one named (with a suggestion when misspelt). */
  static List<String> arms(Scenario scenario, String arm) {
    if (arm == null) {
      return scenario.arms();
    }
    List<String> names = scenario.strategies().stream().map(s -> s.name()).toList();
    if (!names.contains(arm)) {
      String best = DidYouMean.suggest(arm, names);
      throw new UsageProblem(
          "--arm "
              + arm
              + ": no such strategy in "
              + scenario.source().label()
              + "; "
              + (best == null ? "" : "did you mean " + best + "? ")
              + "strategies: "
              + String.join(", ", names));
    }
    return List.of(arm);
  }
}
