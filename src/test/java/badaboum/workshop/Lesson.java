package badaboum.workshop;

import badaboum.analysis.PairedComparison;
import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.result.RunResult;
import badaboum.result.SummaryMetric;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The two arms of a workshop scenario run on the same seeds, with some keys set (a mechanism
 * switched off, another master seed): the paired difference of any metric, second arm minus first.
 * As many replicates as the scenario's {@code replications}, so that the figures are those of the
 * runs its sweep makes (and its report shows).
 */
final class Lesson {
  private static final ScenarioLoader LOADER = new ScenarioLoader();

  private final Scenario scenario;
  private final List<List<RunResult>> arms = new ArrayList<>();

  private Lesson(Scenario scenario, int replications) {
    this.scenario = scenario;
    for (String arm : scenario.arms()) {
      List<RunResult> runs = new ArrayList<>();
      for (int r = 0; r < replications; r++) {
        runs.add(Simulation.run(RunSpec.of(scenario, arm, r)));
      }
      arms.add(runs);
    }
  }

  static Scenario load(String file) {
    return LOADER.load(Path.of("scenarios/workshop", file));
  }

  /** The scenario's two arms with {@code keys} set, on master seed {@code seed}. */
  static Lesson of(Scenario scenario, Map<String, Object> keys, long seed) {
    Map<String, Object> values = new LinkedHashMap<>(keys);
    values.put("seed", seed);
    Scenario point = LOADER.point(scenario, values, "lesson test");
    return new Lesson(point, point.replications());
  }

  Scenario scenario() {
    return scenario;
  }

  double[] values(int arm, ToDoubleFunction<RunResult> metric) {
    return arms.get(arm).stream().mapToDouble(metric).toArray();
  }

  /** Second arm minus first arm, paired by replicate. */
  PairedComparison diff(ToDoubleFunction<RunResult> metric) {
    return PairedComparison.of(values(0, metric), values(1, metric), 11);
  }

  static ToDoubleFunction<RunResult> summary(SummaryMetric metric) {
    return run -> run.focal().get(metric);
  }

  /** The mean of a daily metric from day {@code from} to day {@code to}, both included. */
  static ToDoubleFunction<RunResult> mean(DailyMetric metric, int from, int to) {
    return run -> {
      BrandTrace trace = run.traces().get(0);
      double total = 0;
      for (int day = from; day <= to; day++) {
        total += trace.get(metric, day);
      }
      return total / (to - from + 1);
    };
  }
}
