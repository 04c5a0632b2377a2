package badaboum.results;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.sweep.design.DesignPoint;
import badaboum.sweep.design.PointTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace journal and points.csv give back exactly what was written. */
class JournalsTest {
  @TempDir Path dir;

  @Test
  void theTraceJournalGivesBackTheSameDoublesBitForBit() throws IOException {
    double[][] values = new double[DailyMetric.values().length][31];
    for (int m = 0; m < values.length; m++) {
      for (int d = 0; d < 31; d++) {
        values[m][d] = Math.sin(m * 31 + d) * 1e3 + 1.0 / (d + 1);
      }
    }
    values[3][5] = -0.0;
    values[4][6] = Double.MIN_VALUE;
    List<BrandTrace> traces =
        List.of(new BrandTrace("brand", values), new BrandTrace("rival, inc", values));
    TraceJournal journal = new TraceJournal(dir);
    journal.write(7, traces);
    List<BrandTrace> back = journal.read(7);
    assertThat(back).hasSize(2);
    assertThat(back.get(1).brand()).isEqualTo("rival, inc");
    for (int m = 0; m < values.length; m++) {
      for (int d = 0; d < 31; d++) {
        assertThat(Double.doubleToRawLongBits(back.get(0).values()[m][d]))
            .isEqualTo(Double.doubleToRawLongBits(values[m][d]));
      }
    }
    assertThat(journal.runs().stream().boxed().toList()).containsExactly(7);
    assertThat(journal.read(8)).isNull();

    Files.write(journal.file(7), new byte[] {1, 2, 3});
    assertThat(journal.read(7)).as("a damaged file is as good as none").isNull();
    Files.writeString(journal.file(9).resolveSibling("run-9.bin.tmp"), "half");
    journal.removeTemporaryFiles();
    journal.delete(7);
    journal.removeIfEmpty();
    assertThat(ResultsFile.JOURNAL.in(dir)).doesNotExist();
  }

  @Test
  void pointsCsvGivesBackEachPointsValuesAndTag() throws IOException {
    List<String> factors = List.of("audience.discovery", "kpi");
    String header = PointsCsv.header("morris", factors);
    Files.writeString(
        ResultsFile.POINTS.in(dir),
        header
            + "0,0.015,fans,0,0,,0.0\n"
            + "1,0.021666666666666664,fans,0,1,audience.discovery,0.6666666666666666\n");
    List<DesignPoint> points = PointsCsv.read(dir, "morris", factors);
    assertThat(points.get(1).values()).containsEntry("audience.discovery", "0.021666666666666664");
    assertThat(points.get(1).tag()).isEqualTo(new PointTag.Morris(0, 1, 0, 2.0 / 3));
    assertThat(points.get(0).tag()).isEqualTo(new PointTag.Morris(0, 0, -1, 0.0));

    assertThat(PointsCsv.header("sobol", factors))
        .isEqualTo("point,audience.discovery,kpi,matrix,base_sample,column_from_b\n");
    Files.writeString(
        ResultsFile.POINTS.in(dir), PointsCsv.header("sobol", factors) + "0,0.01,fans,AB,3,kpi\n");
    assertThat(PointsCsv.read(dir, "sobol", factors).get(0).tag())
        .isEqualTo(new PointTag.Sobol(PointTag.Sobol.Role.AB, 3, 1));
  }
}
