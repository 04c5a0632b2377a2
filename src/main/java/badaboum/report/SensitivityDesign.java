package badaboum.report;

import java.util.List;

/**
 * A sensitivity design (sobol or morris) as the report needs it: its factors, and how to turn one
 * output per design point into indices per factor. The command line implements it from the sweep's
 * design points and tags (the report never expands designs itself, nor runs anything).
 */
public interface SensitivityDesign {

  /** {@code sobol} or {@code morris}. */
  String name();

  /** The varied parameters, in the design's factor order. */
  List<String> factors();

  /**
   * Indices of every factor, in factor order.
   *
   * @param outputs outputs[p] is the output at design point p, finite
   * @param seed seed of any bootstrap
   * @throws IllegalArgumentException when the outputs cannot be analysed
   */
  List<FactorSensitivity> estimate(double[] outputs, long seed);

  /**
   * What a design says of one factor; the fields of the other design are NaN (and effects 0).
   *
   * @param firstOrder Sobol first-order index S_i, with its 95% bootstrap CI
   * @param total Sobol total-order index ST_i, with its 95% bootstrap CI
   * @param mu Morris mean elementary effect
   * @param muStar Morris mean absolute elementary effect
   * @param sigma Morris standard deviation of the elementary effects
   * @param effects number of elementary effects (Morris) or base samples (Sobol)
   */
  record FactorSensitivity(
      String factor,
      double firstOrder,
      double firstOrderCi95Low,
      double firstOrderCi95High,
      double total,
      double totalCi95Low,
      double totalCi95High,
      double mu,
      double muStar,
      double sigma,
      int effects) {}
}
