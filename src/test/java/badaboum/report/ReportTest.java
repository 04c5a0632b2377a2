package badaboum.report;

import static badaboum.report.ResultsFixture.values;
import static badaboum.result.SummaryMetric.CANCELLED;
import static badaboum.result.SummaryMetric.CANCEL_DAY;
import static badaboum.result.SummaryMetric.COST_PER_ACTIVE;
import static badaboum.result.SummaryMetric.FINAL_ACTIVE;
import static badaboum.result.SummaryMetric.FINAL_FANS;
import static badaboum.result.SummaryMetric.PEAK_DAY;
import static badaboum.result.SummaryMetric.PEAK_FANS;
import static badaboum.result.SummaryMetric.TOTAL_SPEND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import badaboum.result.SweepLayout;
import badaboum.results.ResultsException;
import badaboum.results.ResultsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The report of hand-written results folders, one case of the verdict at a time. */
class ReportTest {
  static final String SCENARIO =
      """
      name: fixture
      description: A test market.
      strategies:
        steady: {posts_per_week: 4.0}
        boum: {posts_per_week: 4.0, launch: {day: 1, reach: 15000}}
      """;

  @TempDir Path dir;

  /** steady keeps about 500 active members and is never cancelled; boum keeps about 50. */
  ResultsFixture boumVsSteady(int replications) throws Exception {
    ResultsFixture f =
        new ResultsFixture(
            dir.resolve("f"),
            new SweepLayout(1, List.of("steady", "boum"), replications, List.of()),
            30);
    for (int r = 0; r < replications; r++) {
      f.ok(
          0,
          r,
          0,
          values(
              FINAL_ACTIVE,
              500 + 10 * r,
              PEAK_FANS,
              1800 + r,
              PEAK_DAY,
              30,
              FINAL_FANS,
              1800 + r,
              TOTAL_SPEND,
              36500,
              COST_PER_ACTIVE,
              36500.0 / (500 + 10 * r)));
      boolean cancelled = r % 3 != 0;
      f.ok(
          0,
          r,
          1,
          values(
              FINAL_ACTIVE,
              50 + 3 * r,
              PEAK_FANS,
              11500 + r,
              PEAK_DAY,
              12,
              FINAL_FANS,
              6000 - r,
              TOTAL_SPEND,
              41000,
              COST_PER_ACTIVE,
              41000.0 / (50 + 3 * r),
              CANCELLED,
              cancelled ? 1 : 0,
              CANCEL_DAY,
              cancelled ? 10 + r : Double.NaN));
    }
    return f;
  }

  @Test
  void aClearWinnerIsSaidWithItsRatioAndInterval() throws Exception {
    Path folder = boumVsSteady(12).daily().write(SCENARIO);
    Report.Written written = Report.write(folder);

    assertThat(written.files().stream().map(p -> p.getFileName().toString()))
        .containsExactly("statistics.csv", "comparison.csv", "survival.csv", "report.html");
    assertThat(written.interrupted()).isFalse();
    assertThat(written.status()).isEqualTo("Complete: 24 runs, all ok.");
    assertThat(written.verdict().get(0))
        .matches(
            "After 30 days, steady has [0-9.]+× as many active members as boum \\(95% CI"
                + " [0-9.]+–[0-9.]+\\): 555 against 67 on average\\.");
    assertThat(written.verdict().get(1))
        .startsWith(
            "Management cancelled boum's programme in 67% of runs (95% CI 39–86%; half"
                + " were cancelled by day ")
        .endsWith("; steady in 0% (95% CI 0–24%).");
    assertThat(written.verdict().get(2)).contains("boum's fans peaked at 11,506 on average");
    assertThat(ReportChecks.verdictMatchesFiles(folder)).isGreaterThan(15);
    ReportChecks.selfContained(ResultsFile.REPORT.in(folder), ReportChecks.CHARTS);
  }

  @Test
  void undefinedMetricsArePairedOnlyWhereBothRunsDefineThem() throws Exception {
    Path folder = boumVsSteady(6).write(SCENARIO);
    Report.write(folder);
    assertThat(
            ReportChecks.cell(
                folder, "comparison.csv", "point=0;arm=boum;metric=cancel_day", "undefined_pairs"))
        .isEqualTo(6);
    assertThat(Files.readAllLines(folder.resolve("comparison.csv")))
        .contains("0,steady,boum,cancel_day,0,6,,,,,,,,,,");
    assertThat(Files.readAllLines(folder.resolve("statistics.csv")))
        .anyMatch(line -> line.startsWith("0,boum,cancel_day,6,4,"));
  }

  @Test
  void noActiveMemberIsSaidWithoutARatio() throws Exception {
    ResultsFixture f =
        new ResultsFixture(
            dir.resolve("z"), new SweepLayout(1, List.of("steady", "boum"), 5, List.of()), 30);
    for (int r = 0; r < 5; r++) {
      f.ok(0, r, 0, values(FINAL_ACTIVE, 540, TOTAL_SPEND, 100));
      f.ok(0, r, 1, values(FINAL_ACTIVE, 0, TOTAL_SPEND, 100));
    }
    Path folder = f.write(SCENARIO);
    Report.Written written = Report.write(folder);
    assertThat(written.verdict().get(0))
        .isEqualTo("After 30 days, boum ends with no active members; steady with 540 on average.");
    assertThat(written.verdict())
        .anyMatch(s -> s.contains("boum spent 100, with no member active at the end of any run"));
    ReportChecks.verdictMatchesFiles(folder);
  }

  @Test
  void anIntervalAcrossZeroIsNoClearDifference() throws Exception {
    ResultsFixture f =
        new ResultsFixture(
            dir.resolve("n"), new SweepLayout(1, List.of("steady", "boum"), 6, List.of()), 30);
    double[] noise = {3, -5, 8, -2, -6, 4};
    for (int r = 0; r < 6; r++) {
      f.ok(0, r, 0, values(FINAL_ACTIVE, 480));
      f.ok(0, r, 1, values(FINAL_ACTIVE, 480 + noise[r]));
    }
    Path folder = f.write(SCENARIO);
    Report.Written written = Report.write(folder);
    assertThat(written.verdict().get(0))
        .startsWith(
            "After 30 days, there is no clear difference in active members between boum"
                + " (480) and steady (480): the difference, 0.3, has a 95% CI from ")
        .endsWith(" that includes zero.");
    ReportChecks.verdictMatchesFiles(folder);
  }

  @Test
  void anInterruptedSweepIsReportedFromTheRunsItHas() throws Exception {
    ResultsFixture f = boumVsSteady(6);
    Path folder = f.write(SCENARIO);
    List<String> rows = Files.readAllLines(folder.resolve("runs.csv"));
    // the sweep was killed: the last three runs are missing, a half row is left
    Files.writeString(
        folder.resolve("runs.csv"),
        String.join("\n", rows.subList(0, rows.size() - 3)) + "\n" + "9,0,boum,4,10");
    Report.Written written = Report.write(folder);
    assertThat(written.interrupted()).isTrue();
    assertThat(written.status())
        .startsWith(
            "Interrupted: 9 of 12 runs recorded (9 ok, 0 failed); everything here is from"
                + " those runs only. Go on with: badaboum sweep --resume ");
    assertThat(Files.readString(folder.resolve("report.html"))).contains("Interrupted: 9 of 12");
    assertThat(
            ReportChecks.cell(
                folder, "comparison.csv", "point=0;arm=boum;metric=final_active", "pairs"))
        .isEqualTo(4);
    ReportChecks.verdictMatchesFiles(folder);
  }

  @Test
  void failedRunsAreLeftOutWithTheirPairsAndListed() throws Exception {
    ResultsFixture f = boumVsSteady(6);
    f.failed(0, 2, 1, "IllegalStateException: boom <at> X.java:1");
    Path folder = f.write(SCENARIO);
    Report.Written written = Report.write(folder);
    assertThat(written.status())
        .startsWith("Complete with failures: 11 of 12 runs ok, 1 failed and left out");
    assertThat(
            ReportChecks.cell(
                folder, "comparison.csv", "point=0;arm=boum;metric=final_active", "pairs"))
        .isEqualTo(5);
    assertThat(
            ReportChecks.cell(
                folder, "statistics.csv", "point=0;arm=steady;metric=final_active", "n"))
        .isEqualTo(6);
    assertThat(Files.readString(folder.resolve("report.html")))
        .contains("run 5: IllegalStateException: boom &lt;at&gt; X.java:1");
  }

  @Test
  void whatComesFromTheScenarioIsEscaped() throws Exception {
    String scenario =
        """
        name: fixture
        description: "<script>alert('x')</script> & <b>bold</b> \\"quoted\\""
        notes: "a < b && c > d"
        strategies:
          steady: {posts_per_week: 4.0}
          boum: {posts_per_week: 4.0, note: "</td></tr><script>"}
        """;
    Path folder = boumVsSteady(4).daily().write(scenario);
    Report.write(folder);
    Document doc = ReportChecks.parse(ResultsFile.REPORT.in(folder));
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getDocumentElement().getTextContent())
        .contains("<script>alert('x')</script> & <b>bold</b> \"quoted\"")
        .contains("a < b && c > d")
        .contains("</td></tr><script>");
    ReportChecks.selfContained(ResultsFile.REPORT.in(folder), ReportChecks.CHARTS);
  }

  @Test
  void theSameFolderGivesTheSameBytes() throws Exception {
    Path folder = boumVsSteady(8).daily().write(SCENARIO);
    Report.write(folder);
    byte[] html = Files.readAllBytes(folder.resolve("report.html"));
    byte[] comparison = Files.readAllBytes(folder.resolve("comparison.csv"));
    Report.write(folder);
    assertThat(Files.readAllBytes(folder.resolve("report.html"))).isEqualTo(html);
    assertThat(Files.readAllBytes(folder.resolve("comparison.csv"))).isEqualTo(comparison);
  }

  @Test
  void aFolderThatIsNoSweepsIsRefusedWithAReason() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> Report.write(dir.resolve("empty")))
        .isInstanceOf(ResultsException.class)
        .hasMessageContaining("is not a sweep's results folder: it has no manifest.json");
  }
}
