package badaboum.results;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.analysis.DailyAggregate;
import badaboum.analysis.DailyAggregator;
import badaboum.result.DailyMetric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * daily.csv in its two shapes: one platform (brand, as before platforms existed) and several
 * (brand, platform), written and read back.
 */
class DailyCsvTest {
  private static final BrandColumns PLATFORMS =
      new BrandColumns(true, List.of("home", "gram", "pinta-gram"));
  private static final int DAYS = 2;

  @TempDir Path dir;

  @Test
  void oneColumnForTheBrandWithoutPlatforms() {
    DailyCsv csv = new DailyCsv(BrandColumns.BRAND_ONLY);
    assertThat(csv.header())
        .startsWith("point,arm,brand,day,replicates,fans_mean,fans_p5,fans_p50,fans_p95,")
        .doesNotContain("platform");
    assertThat(rows(csv, "brand@home")).startsWith("3,steady,brand@home,0,2,1.5,");
  }

  @Test
  void aPlatformColumnAfterTheBrandWithPlatforms() {
    DailyCsv csv = new DailyCsv(PLATFORMS);
    assertThat(csv.header())
        .startsWith("point,arm,brand,platform,day,replicates,fans_mean,fans_p5,fans_p50,fans_p95,");
    assertThat(csv.header().length())
        .isEqualTo(new DailyCsv(BrandColumns.BRAND_ONLY).header().length() + ",platform".length());
    assertThat(rows(csv, "brand")).startsWith("3,steady,brand,all,0,2,1.5,");
    assertThat(rows(csv, "brand@home")).startsWith("3,steady,brand,home,0,2,1.5,");
    // the longest platform name that ends the label, so pinta-gram is not read as gram
    assertThat(rows(csv, "brand@pinta-gram")).startsWith("3,steady,brand,pinta-gram,0,2,");
    assertThat(rows(csv, "b@gram")).startsWith("3,steady,b,gram,0,2,");
    // a brand whose name has an @ but ends in no platform is a total, quoted as CSV wants
    assertThat(rows(csv, "shop@paris, inc")).startsWith("3,steady,\"shop@paris, inc\",all,0,2,");
  }

  @Test
  void everyRowHasTheHeadersWidthInBothShapes() {
    for (BrandColumns columns : List.of(BrandColumns.BRAND_ONLY, PLATFORMS)) {
      DailyCsv csv = new DailyCsv(columns);
      assertThat(Csv.fields(csv.header().strip())).hasSize(csv.width());
      for (String row : rows(csv, "brand@gram").split("\n")) {
        assertThat(Csv.fields(row)).hasSize(csv.width());
      }
    }
  }

  @Test
  void aReaderTakesBothShapes() throws IOException {
    for (BrandColumns columns : List.of(BrandColumns.BRAND_ONLY, PLATFORMS)) {
      Path folder = Files.createDirectories(dir.resolve("shape-" + columns.hasPlatform()));
      DailyCsv csv = new DailyCsv(columns);
      Files.writeString(
          ResultsFile.DAILY.in(folder),
          csv.header() + rows(csv, "brand") + rows(csv, "brand@gram"));
      List<DailyCsv.Row> read = new ArrayList<>();
      assertThat(DailyCsv.read(folder, read::add)).isEqualTo(DailyCsv.Reading.READ);
      assertThat(read).hasSize(2 * (DAYS + 1));
      DailyCsv.Row total = read.get(1);
      DailyCsv.Row page = read.get(DAYS + 2);
      assertThat(total.platformColumn()).isEqualTo(columns.hasPlatform());
      assertThat(List.of(total.point(), total.day(), total.replicates())).containsExactly(3, 1, 2);
      assertThat(total.value(DailyMetric.FANS, 0)).isEqualTo(2.5);
      assertThat(total.value(DailyMetric.FOLLOWERS, 0)).isEqualTo(1.3);
      if (columns.hasPlatform()) {
        assertThat(List.of(total.brand(), total.platform())).containsExactly("brand", "all");
        assertThat(List.of(page.brand(), page.platform())).containsExactly("brand", "gram");
      } else {
        assertThat(List.of(total.brand(), total.platform())).containsExactly("brand", "");
        assertThat(List.of(page.brand(), page.platform())).containsExactly("brand@gram", "");
      }
      assertThat(DailyCsv.headerBytes(ResultsFile.DAILY.in(folder))).isEqualTo(csv.headerBytes());
    }
  }

  @Test
  void aHeaderOfNeitherShapeIsNotThisSweeps() throws IOException {
    DailyCsv csv = new DailyCsv(PLATFORMS);
    Files.writeString(
        ResultsFile.DAILY.in(dir), csv.header().replace(",platform,", ",channel,") + "\n");
    assertThat(DailyCsv.read(dir, row -> {})).isEqualTo(DailyCsv.Reading.NOT_THIS_SWEEP);
    assertThat(DailyCsv.headerBytes(ResultsFile.DAILY.in(dir))).isZero();
  }

  @Test
  void aFileIsWrittenOnInTheShapeOfItsHeader() throws IOException {
    Path file = ResultsFile.DAILY.in(dir);
    assertThat(DailyCsv.continuing(file, PLATFORMS)).isEmpty();
    // a sweep of several platforms begun before the platform column: its labels stay whole
    Files.writeString(file, new DailyCsv(BrandColumns.BRAND_ONLY).header());
    assertThat(rows(DailyCsv.continuing(file, PLATFORMS).orElseThrow(), "brand@home"))
        .startsWith("3,steady,brand@home,0,");
    Files.writeString(file, new DailyCsv(PLATFORMS).header());
    assertThat(rows(DailyCsv.continuing(file, PLATFORMS).orElseThrow(), "brand@home"))
        .startsWith("3,steady,brand,home,0,");
    assertThat(rows(DailyCsv.continuing(file, BrandColumns.BRAND_ONLY).orElseThrow(), "brand"))
        .startsWith("3,steady,brand,all,0,");
  }

  /** A brand's rows at point 3 over two replicates: fans 1 and 2 on day 0, plus the day after. */
  private static String rows(DailyCsv csv, String label) {
    int metrics = DailyMetric.values().length;
    DailyAggregator aggregator = new DailyAggregator(2, DAYS + 1, metrics);
    for (int r = 0; r < 2; r++) {
      double[][] values = new double[metrics][DAYS + 1];
      for (int m = 0; m < metrics; m++) {
        for (int d = 0; d <= DAYS; d++) {
          values[m][d] = (r + 1) * (m + 1) * 0.1 * (m == 0 ? 10 : 1) + d;
        }
      }
      aggregator.add(r, values);
    }
    DailyAggregate stats = aggregator.finish();
    StringBuilder out = new StringBuilder();
    csv.rows(out, 3, "steady", label, stats);
    return out.toString();
  }
}
