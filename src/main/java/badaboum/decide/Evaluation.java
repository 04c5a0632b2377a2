package badaboum.decide;

/**
 * One plan a search evaluated: its knob values and, over its replicates, the objective's mean with
 * its 95% CI (Student t) and the mean total spend with its CI.
 *
 * @param index the evaluation's number, from 0, in the order the search asked for them
 * @param values the knob values, in the order of the knobs
 * @param error why the plan could not be evaluated (an invalid scenario, a run that threw); empty
 *     when it was
 * @param runs replicates run
 * @param feasible whether the mean spend is within the budget (and the plan was evaluated)
 */
public record Evaluation(
    int index,
    double[] values,
    String error,
    int runs,
    double objectiveMean,
    double objectiveLow,
    double objectiveHigh,
    double spendMean,
    double spendLow,
    double spendHigh,
    boolean feasible) {

  public boolean ok() {
    return error.isEmpty();
  }

  /** A plan that could not be evaluated. */
  static Evaluation failed(int index, double[] values, String error) {
    double nan = Double.NaN;
    return new Evaluation(index, values, error, 0, nan, nan, nan, nan, nan, nan, false);
  }
}
