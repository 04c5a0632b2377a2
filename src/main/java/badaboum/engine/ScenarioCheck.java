package badaboum.engine;

import badaboum.model.network.EdgeListException;
import badaboum.model.network.EdgeListReader;
import badaboum.scenario.NetworkModel;
import badaboum.scenario.Scenario;
import java.util.List;

/**
 * Checks what loading a scenario cannot: the data files it names. Reading them here means {@code
 * validate} reports a bad edge list before any run starts.
 */
public final class ScenarioCheck {
  private ScenarioCheck() {}

  /** The problems with the scenario's data files, each as {@code FILE:LINE: message}. */
  public static List<String> dataProblems(Scenario scenario) {
    if (scenario.audience().network().model() != NetworkModel.FILE) {
      return List.of();
    }
    try {
      EdgeListReader.read(scenario.audience().network().file(), scenario.audience().size());
      return List.of();
    } catch (EdgeListException e) {
      List<String> problems = new java.util.ArrayList<>(e.problems());
      if (e.problemCount() > e.problems().size()) {
        problems.add("... and " + (e.problemCount() - e.problems().size()) + " more problems");
      }
      return problems;
    }
  }
}
