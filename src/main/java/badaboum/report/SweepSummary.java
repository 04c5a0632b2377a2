package badaboum.report;

import badaboum.analysis.Summary;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.RunTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The distribution of a few summary metrics per arm over the ok runs in runs.csv, for the table a
 * one-point sweep prints when it ends.
 */
public final class SweepSummary {
  private SweepSummary() {}

  /**
   * One arm of one point.
   *
   * @param runs ok runs the statistics are over
   * @param metrics one summary per metric asked for, null when no run had a value for it
   */
  public record Arm(String arm, int runs, List<Summary> metrics) {}

  /** Per arm of {@code point}, in the layout's arm order. */
  public static List<Arm> ofPoint(
      Path folder, SweepLayout layout, int point, List<SummaryMetric> metrics) {
    int arms = layout.arms().size();
    double[][][] values = new double[arms][metrics.size()][layout.replications()];
    int[][] filled = new int[arms][metrics.size()];
    int[] ok = new int[arms];
    RunTable runs = RunTable.read(folder, layout);
    for (int r = 0; r < layout.replications(); r++) {
      for (int arm = 0; arm < arms; arm++) {
        long id = layout.runId(point, r, arm);
        if (!runs.ok(id)) {
          continue;
        }
        ok[arm]++;
        for (int m = 0; m < metrics.size(); m++) {
          double value = runs.value(metrics.get(m), id);
          if (!Double.isNaN(value)) {
            values[arm][m][filled[arm][m]++] = value;
          }
        }
      }
    }
    List<Arm> result = new ArrayList<>();
    for (int a = 0; a < arms; a++) {
      List<Summary> summaries = new ArrayList<>();
      for (int m = 0; m < metrics.size(); m++) {
        summaries.add(
            filled[a][m] == 0 ? null : Summary.of(Arrays.copyOf(values[a][m], filled[a][m])));
      }
      result.add(new Arm(layout.arms().get(a), ok[a], summaries));
    }
    return result;
  }
}
