package badaboum.sweep.design;

import badaboum.scenario.DesignKind;
import java.util.List;

/**
 * An experimental design: turns factors into an ordered list of points, as a pure function of the
 * factors and the design's settings (including its seed).
 *
 * <p>Which factors each design takes: grid takes {@link Levels} and {@link Steps}; random and Latin
 * hypercube take {@link Range}s, {@link Levels} and {@link Steps} (steps as a list of levels);
 * Sobol and Morris take {@link Range}s only, because their indices are defined on a continuous unit
 * cube.
 */
public sealed interface Design
    permits GridDesign, RandomDesign, LhsDesign, SobolDesign, MorrisDesign {

  DesignKind kind();

  /** Everything wrong with these factors for this design, and with its settings; empty if none. */
  List<DesignProblem> problems(List<Factor> factors);

  /**
   * How many points {@link #expand} would return, without building them (for {@code --dry-run}).
   *
   * @throws DesignException listing every problem, as {@link #problems} would
   */
  int pointCount(List<Factor> factors);

  /**
   * The points, indexed 0..n-1, values keyed by factor path in factor order.
   *
   * @throws DesignException listing every problem, as {@link #problems} would
   */
  List<DesignPoint> expand(List<Factor> factors);
}
