package badaboum.report;

import badaboum.analysis.Summary;
import badaboum.result.RunStatus;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The distribution of a few summary metrics per arm over the ok runs in runs.csv, for the line a
 * sweep prints when it ends. Reads runs.csv as a stream and keeps one value per replicate and arm.
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
    RunsCsv csv = new RunsCsv(layout);
    try (CsvLines lines = new CsvLines(folder.resolve(SweepWriter.RUNS))) {
      lines.next();
      while (lines.next()) {
        RunsCsv.Row row = lines.terminated() ? csv.parse(lines.text()) : null;
        if (row == null || row.status() != RunStatus.OK || layout.point(row.runId()) != point) {
          continue;
        }
        int arm = layout.armIndex(row.runId());
        ok[arm]++;
        for (int m = 0; m < metrics.size(); m++) {
          String cell = row.summary().get(metrics.get(m).ordinal());
          if (!cell.isEmpty() && filled[arm][m] < layout.replications()) {
            values[arm][m][filled[arm][m]++] = Double.parseDouble(cell);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder.resolve(SweepWriter.RUNS), e);
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
