package badaboum.decide;

import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.result.BrandTrace;
import badaboum.scenario.Scenario;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Histories the model itself wrote: a run at known values of the keys, as a page would export it.
 */
final class Synthetic {
  private Synthetic() {}

  /**
   * The history of one run of {@code arm} with {@code knobs} at {@code truth}, on replicate {@code
   * replicate}: followers, new followers, unfollows and reactions, every {@code gap}-th day
   * missing.
   */
  static History history(
      Scenario scenario, String arm, List<Knob> knobs, double[] truth, int replicate, int gap) {
    Scenario point = new PlanSpace(scenario, arm, knobs).scenario(truth);
    BrandTrace trace = Simulation.run(RunSpec.of(point, arm, replicate)).traces().get(0);
    int last = point.days();
    Map<HistoryColumn, double[]> values = new EnumMap<>(HistoryColumn.class);
    double ppw = point.strategy(arm).postsPerWeek();
    for (HistoryColumn c :
        List.of(
            HistoryColumn.FOLLOWERS,
            HistoryColumn.NEW_FOLLOWERS,
            HistoryColumn.UNFOLLOWS,
            HistoryColumn.REACTIONS)) {
      double[] v = ModelSeries.of(c, trace, last, null, ppw);
      if (gap > 0) {
        for (int d = gap - 1; d <= last; d += gap) {
          v[d] = Double.NaN;
        }
      }
      values.put(c, v);
    }
    return new History("", last, values);
  }
}
