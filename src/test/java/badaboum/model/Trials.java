package badaboum.model;

import badaboum.analysis.PairedComparison;
import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.result.RunResult;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Runs arms of a scenario on common seeds, for tests that compare mechanisms paired. */
final class Trials {
  static final ScenarioLoader LOADER = new ScenarioLoader();

  private Trials() {}

  static Scenario load(String name) {
    return LOADER.load(Path.of("src/test/resources/scenarios/mechanisms", name));
  }

  /** The scenario with values set at dotted paths (every strategy with strategies.*). */
  static Scenario with(Scenario base, Map<String, Object> values) {
    return LOADER.point(base, values, "test");
  }

  /** Every replicate of one arm; replicate r has the same seed in every scenario and arm. */
  static List<RunResult> run(Scenario scenario, String arm, boolean members) {
    List<RunResult> runs = new ArrayList<>();
    for (int r = 0; r < scenario.replications(); r++) {
      RunSpec spec = RunSpec.of(scenario, arm, r);
      runs.add(Simulation.run(members ? spec.withMembers() : spec));
    }
    return runs;
  }

  static double[] each(List<RunResult> runs, ToDoubleFunction<RunResult> metric) {
    return runs.stream().mapToDouble(metric).toArray();
  }

  /** The focal brand's metric on one day. */
  static ToDoubleFunction<RunResult> onDay(DailyMetric metric, int day) {
    return run -> run.traces().get(0).get(metric, day);
  }

  /** The focal brand's metric averaged over days from..to. */
  static ToDoubleFunction<RunResult> over(DailyMetric metric, int from, int to) {
    return run -> {
      BrandTrace trace = run.traces().get(0);
      double total = 0;
      for (int day = from; day <= to; day++) {
        total += trace.get(metric, day);
      }
      return total / (to - from + 1);
    };
  }

  static double mean(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total / values.length;
  }

  static PairedComparison paired(double[] a, double[] b) {
    return PairedComparison.of(a, b, 7);
  }
}
