package badaboum.scenario;

import java.nio.file.Path;

/**
 * The audience's friendship graph.
 *
 * @param degree mean number of friends per person (generated models)
 * @param rewire Watts–Strogatz rewiring probability
 * @param file edge-list CSV for {@link NetworkModel#FILE}, else null
 */
public record NetworkSpec(NetworkModel model, int degree, double rewire, Path file) {
  public NetworkSpec {
    Checks.within("network.rewire", rewire, 0, 1);
    if (model == NetworkModel.FILE && file == null) {
      throw new IllegalArgumentException("network model 'file' needs a file");
    }
  }
}
