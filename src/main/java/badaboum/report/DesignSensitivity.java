package badaboum.report;

import badaboum.analysis.MorrisEffects;
import badaboum.analysis.MorrisTrajectoryOutputs;
import badaboum.analysis.SobolIndices;
import badaboum.results.PointsCsv;
import badaboum.results.ResultsException;
import badaboum.sweep.design.DesignPoint;
import badaboum.sweep.design.MorrisTrajectory;
import badaboum.sweep.design.SobolOutputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sweep's sobol or morris design for the report: its points and their tags as the sweep wrote
 * them in points.csv, regrouped the way the design ({@code sweep.design}) defines and estimated by
 * {@code analysis}. The report reads the design as data; it never expands one.
 */
final class DesignSensitivity implements SensitivityDesign {
  private final String name;
  private final List<String> factors;
  private final List<DesignPoint> points;

  private DesignSensitivity(String name, List<String> factors, List<DesignPoint> points) {
    this.name = name;
    this.factors = List.copyOf(factors);
    this.points = List.copyOf(points);
  }

  /**
   * The design of the sweep in {@code folder} when it is sobol or morris.
   *
   * @return null for other designs
   * @throws ResultsException when points.csv is missing or damaged, saying why
   */
  static SensitivityDesign of(Path folder, String design, List<String> factors) {
    if (!design.equals("sobol") && !design.equals("morris")) {
      return null;
    }
    return new DesignSensitivity(design, factors, PointsCsv.read(folder, design, factors));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> factors() {
    return factors;
  }

  @Override
  public List<FactorSensitivity> estimate(double[] outputs, long seed) {
    return name.equals("sobol") ? sobol(outputs, seed) : morris(outputs);
  }

  private List<FactorSensitivity> sobol(double[] outputs, long seed) {
    SobolOutputs groups = SobolOutputs.regroup(points, outputs);
    SobolIndices indices = SobolIndices.estimate(groups.fA(), groups.fB(), groups.fAB(), seed);
    List<FactorSensitivity> result = new ArrayList<>();
    for (SobolIndices.FactorIndices f : indices.factors()) {
      result.add(
          new FactorSensitivity(
              factors.get(f.factor()),
              f.firstOrder(),
              f.firstOrderCi95Low(),
              f.firstOrderCi95High(),
              f.total(),
              f.totalCi95Low(),
              f.totalCi95High(),
              Double.NaN,
              Double.NaN,
              Double.NaN,
              indices.baseSamples()));
    }
    return result;
  }

  private List<FactorSensitivity> morris(double[] outputs) {
    List<MorrisTrajectoryOutputs> trajectories = new ArrayList<>();
    for (MorrisTrajectory t : MorrisTrajectory.regroup(points, outputs)) {
      // index 0 is the starting point (no factor changed): the estimator wants steps 1..k
      int[] changed = t.changedFactors();
      double[] deltas = t.deltas();
      trajectories.add(
          new MorrisTrajectoryOutputs(
              Arrays.copyOfRange(changed, 1, changed.length),
              Arrays.copyOfRange(deltas, 1, deltas.length),
              t.outputs()));
    }
    MorrisEffects effects = MorrisEffects.estimate(factors.size(), trajectories);
    List<FactorSensitivity> result = new ArrayList<>();
    for (MorrisEffects.FactorEffects f : effects.factors()) {
      result.add(
          new FactorSensitivity(
              factors.get(f.factor()),
              Double.NaN,
              Double.NaN,
              Double.NaN,
              Double.NaN,
              Double.NaN,
              Double.NaN,
              f.mu(),
              f.muStar(),
              f.sigma(),
              f.effects()));
    }
    return result;
  }
}
