package badaboum.cli;

import badaboum.analysis.MorrisEffects;
import badaboum.analysis.MorrisTrajectoryOutputs;
import badaboum.analysis.SobolIndices;
import badaboum.report.SensitivityDesign;
import badaboum.scenario.ScenarioException;
import badaboum.sweep.SweepPlan;
import badaboum.sweep.design.DesignPoint;
import badaboum.sweep.design.MorrisTrajectory;
import badaboum.sweep.design.SobolOutputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sweep's sobol or morris design for the report: its points and their tags, rebuilt from the
 * results folder's scenario.effective.yaml (design expansion is deterministic), regrouped by {@code
 * sweep.design} and estimated by {@code analysis}. Wires the three packages so that the report
 * needs neither.
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
   * @throws IllegalStateException when the design cannot be rebuilt, saying why
   */
  static SensitivityDesign of(Path folder, String design) {
    if (!design.equals("sobol") && !design.equals("morris")) {
      return null;
    }
    Path file = folder.resolve(SweepCommand.EFFECTIVE);
    SweepPlan plan;
    try {
      plan = SweepPlan.fromEffectiveYaml(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (ScenarioException e) {
      throw new IllegalStateException(
          file + " no longer loads (" + e.problems().get(0) + "), so its design cannot be rebuilt",
          e);
    }
    if (!plan.design().equals(design)) {
      throw new IllegalStateException(
          file + " makes a " + plan.design() + " design, but manifest.json says " + design);
    }
    List<DesignPoint> points = new ArrayList<>();
    for (int p = 0; p < plan.layout().points(); p++) {
      points.add(plan.point(p));
    }
    return new DesignSensitivity(design, plan.layout().variedPaths(), points);
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
