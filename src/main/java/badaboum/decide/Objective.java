package badaboum.decide;

import badaboum.result.SummaryMetric;
import badaboum.scenario.DidYouMean;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a search improves: the mean over replicates of one runs.csv column of the focal brand, made
 * as large or as small as it can be.
 *
 * @param metric the column
 * @param maximise whether larger is better
 */
public record Objective(SummaryMetric metric, boolean maximise) {

  /** Columns where less is better, so that a search minimises them unless told otherwise. */
  private static final Set<SummaryMetric> LOWER_IS_BETTER =
      EnumSet.of(
          SummaryMetric.LARGEST_DRAWDOWN,
          SummaryMetric.CANCELLED,
          SummaryMetric.TOTAL_SPEND,
          SummaryMetric.COST_PER_ACTIVE,
          SummaryMetric.FAKE_SHARE,
          SummaryMetric.TOTAL_UNFOLLOWS);

  /**
   * The objective named by a runs.csv column; the direction is the one given, or the column's
   * natural one (less is better for spend, costs, cancellations, unfollows, drawdown, fake share).
   *
   * @throws IllegalArgumentException naming the columns when the name is none
   */
  public static Objective parse(String column, Boolean maximise) {
    SummaryMetric metric = metric(column);
    return new Objective(metric, maximise != null ? maximise : !LOWER_IS_BETTER.contains(metric));
  }

  /** The summary metric written {@code column} in runs.csv. */
  static SummaryMetric metric(String column) {
    for (SummaryMetric m : SummaryMetric.values()) {
      if (m.column().equals(column)) {
        return m;
      }
    }
    var names = Arrays.stream(SummaryMetric.values()).map(SummaryMetric::column).toList();
    String best = DidYouMean.suggest(column, names);
    throw new IllegalArgumentException(
        "'"
            + column
            + "' is not a column of runs.csv; "
            + (best == null ? "" : "did you mean " + best + "? ")
            + "columns: "
            + String.join(", ", names));
  }

  /** "maximise final_active". */
  public String describe() {
    return (maximise ? "maximise " : "minimise ") + metric.column();
  }
}
