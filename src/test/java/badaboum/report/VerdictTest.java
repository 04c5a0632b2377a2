package badaboum.report;

import static badaboum.report.ResultsFixture.values;
import static badaboum.result.SummaryMetric.CANCELLED;
import static badaboum.result.SummaryMetric.CANCEL_DAY;
import static badaboum.result.SummaryMetric.FINAL_ACTIVE;
import static badaboum.result.SummaryMetric.FINAL_FANS;
import static badaboum.result.SummaryMetric.MEAN_AMBASSADORS;
import static badaboum.result.SummaryMetric.MEAN_ENGAGEMENT_RATE;
import static badaboum.result.SummaryMetric.PEAK_DAY;
import static badaboum.result.SummaryMetric.PEAK_FANS;
import static badaboum.result.SummaryMetric.TOTAL_SPEND;
import static badaboum.result.SummaryMetric.TOTAL_UNFOLLOWS;
import static org.assertj.core.api.Assertions.assertThat;

import badaboum.result.SweepLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdict leads with the scenario's primary metric, worded for what it is, names the scenario's
 * mechanism, and never tells points of different horizons as one; every number still a cell of the
 * files ({@link ReportChecks#verdictMatchesFiles}).
 */
class VerdictTest {
  @TempDir Path dir;

  private static String scenario(String first, String second, String verdict) {
    return "name: fixture\nstrategies:\n  "
        + first
        + ": {posts_per_week: 4.0}\n  "
        + second
        + ": {posts_per_week: 4.0}\n"
        + verdict;
  }

  /** steady is never cancelled; boum in 8 runs of 12, on days 10 to 21. */
  private Path cancellations(String verdict) throws Exception {
    ResultsFixture f =
        new ResultsFixture(
            dir.resolve("c"), new SweepLayout(1, List.of("steady", "boum"), 12, List.of()), 30);
    for (int r = 0; r < 12; r++) {
      boolean cancelled = r % 3 != 0;
      f.ok(0, r, 0, values(FINAL_ACTIVE, 500 + r, TOTAL_SPEND, 100));
      f.ok(
          0,
          r,
          1,
          values(
              FINAL_ACTIVE,
              50 + r,
              TOTAL_SPEND,
              100,
              CANCELLED,
              cancelled ? 1 : 0,
              CANCEL_DAY,
              cancelled ? 10 + r : Double.NaN));
    }
    return f.write(scenario("steady", "boum", verdict));
  }

  @Test
  void aCancelledMetricLeadsWithTheSharesAndThePairedDifferenceInFavourOfFewer() throws Exception {
    Path folder =
        cancellations(
            "verdict: {metric: cancelled, over: whole_run, mechanism: management counts fans}\n");
    List<String> verdict = Report.write(folder).verdict();
    assertThat(verdict.get(0))
        .matches(
            "boum's programme was cancelled in 67% of runs \\(95% CI 39–86%; half by day \\d+\\),"
                + " steady's in 0% \\(95% CI 0–24%\\): a clear difference in favour of steady,"
                + " cancelled in 67 percentage points fewer of the runs \\(paired 95% CI"
                + " \\d+–\\d+\\) — the mechanism: management counts fans\\.");
    assertThat(verdict).noneMatch(s -> s.startsWith("Management cancelled"));
    assertThat(verdict.get(1)).startsWith("After 30 days, steady has ");
    assertThat(ReportChecks.verdictMatchesFiles(folder)).isGreaterThan(10);
  }

  @Test
  void withoutAVerdictKeyTheLeadIsActiveMembersOnTheLastDayWithNoMechanism() throws Exception {
    Path folder = cancellations("");
    List<String> verdict = Report.write(folder).verdict();
    assertThat(verdict.get(0)).startsWith("After 30 days, steady has ");
    assertThat(verdict.get(1)).startsWith("Management cancelled boum's programme in 67%");
    assertThat(verdict).noneMatch(s -> s.contains("mechanism"));
    ReportChecks.verdictMatchesFiles(folder);
  }

  @Test
  void aWholeRunMetricIsAnAverageDayAndTheBetterArmComesFirst() throws Exception {
    ResultsFixture f =
        new ResultsFixture(
            dir.resolve("a"), new SweepLayout(1, List.of("slow", "fast"), 8, List.of()), 365);
    for (int r = 0; r < 8; r++) {
      f.ok(0, r, 0, values(MEAN_AMBASSADORS, 0.04 + 0.002 * r, FINAL_ACTIVE, 20 + r));
      f.ok(0, r, 1, values(MEAN_AMBASSADORS, 3.5 + 0.2 * r, FINAL_ACTIVE, 60 + r));
    }
    Path folder =
        f.write(
            scenario(
                "slow",
                "fast",
                "verdict: {metric: ambassadors, over: whole_run,"
                    + " mechanism: \"fast answers please commenters.\"}\n"));
    List<String> verdict = Report.write(folder).verdict();
    assertThat(verdict.get(0))
        .isEqualTo(
            "Over the 365 days, fast had 4.2 ambassadors on an average day against 0.047 for slow:"
                + " 4.2 more (95% CI 3.7–4.6) — the mechanism: fast answers please commenters.");
    assertThat(verdict.get(1)).startsWith("After 365 days, fast has ");
    assertThat(ReportChecks.verdictMatchesFiles(folder)).isGreaterThan(10);
    assertThat(Files.readString(folder.resolve("report.html")))
        .contains("<span class=\"said\">fast answers please commenters</span>");
  }

  @Test
  void aLowerIsBetterMetricNamesTheArmWithFewerAndTurnsTheDifferenceRound() throws Exception {
    ResultsFixture f =
        new ResultsFixture(
            dir.resolve("u"),
            new SweepLayout(1, List.of("promotional", "decentred"), 6, List.of()),
            365);
    double[] noise = {4, -3, 7, -6, 2, -1};
    for (int r = 0; r < 6; r++) {
      f.ok(0, r, 0, values(TOTAL_UNFOLLOWS, 450 - 2 * noise[r]));
      f.ok(0, r, 1, values(TOTAL_UNFOLLOWS, 190 + noise[r]));
    }
    Path folder =
        f.write(
            scenario(
                "promotional", "decentred", "verdict: {metric: unfollows, over: whole_run}\n"));
    List<String> verdict = Report.write(folder).verdict();
    // decentred − promotional is −258.5 in comparison.csv: told the better arm's way round
    assertThat(verdict.get(0))
        .isEqualTo(
            "Over the 365 days, decentred had 191 unfollows on average against 449 for"
                + " promotional: 259 fewer (95% CI 244–273).");
    assertThat(Files.readString(folder.resolve("report.html")))
        .contains("data-column=\"difference\" data-transform=\"negative\"")
        .contains("data-column=\"difference_ci95_high\" data-transform=\"negative\"");
    ReportChecks.verdictMatchesFiles(folder);
  }

  @Test
  void aLevelInPercentIsHigherOrLowerInPercentagePoints() throws Exception {
    ResultsFixture f =
        new ResultsFixture(
            dir.resolve("e"),
            new SweepLayout(1, List.of("promotional", "decentred"), 6, List.of()),
            365);
    double[] noise = {1, -2, 3, -1, 0, 2};
    for (int r = 0; r < 6; r++) {
      f.ok(0, r, 0, values(MEAN_ENGAGEMENT_RATE, 0.0010 + 0.00001 * noise[r]));
      f.ok(0, r, 1, values(MEAN_ENGAGEMENT_RATE, 0.0021 - 0.00002 * noise[r]));
    }
    Path folder =
        f.write(
            scenario(
                "promotional",
                "decentred",
                "verdict: {metric: engagement_rate, over: whole_run}\n"));
    List<String> verdict = Report.write(folder).verdict();
    assertThat(verdict.get(0))
        .matches(
            "Over the 365 days, decentred's engagement rate was 0\\.21% on an average day the page"
                + " posted against 0\\.1% for promotional: 0\\.11 percentage points higher \\(95% CI"
                + " 0\\.\\d+–0\\.\\d+\\)\\.");
    ReportChecks.verdictMatchesFiles(folder);
  }

  @Test
  void anIntervalAcrossZeroIsNoClearDifferenceInTheLeadMetric() throws Exception {
    ResultsFixture f =
        new ResultsFixture(
            dir.resolve("n"), new SweepLayout(1, List.of("slow", "fast"), 6, List.of()), 30);
    double[] noise = {0.3, -0.5, 0.8, -0.2, -0.6, 0.4};
    for (int r = 0; r < 6; r++) {
      f.ok(0, r, 0, values(MEAN_AMBASSADORS, 4));
      f.ok(0, r, 1, values(MEAN_AMBASSADORS, 4 + noise[r]));
    }
    Path folder =
        f.write(scenario("slow", "fast", "verdict: {metric: ambassadors, over: whole_run}\n"));
    assertThat(Report.write(folder).verdict().get(0))
        .startsWith(
            "Over the 30 days, there is no clear difference in ambassadors between fast (4.0) and"
                + " slow (4): the difference, 0.033, has a 95% CI from ")
        .endsWith(" that includes zero.");
    ReportChecks.verdictMatchesFiles(folder);
  }

  /** Points of 60 and 120 days (or more points, some of each), boum's fans falling after day 10. */
  private ResultsFixture horizons(String name, String... days) throws Exception {
    ResultsFixture f =
        new ResultsFixture(
            dir.resolve(name),
            new SweepLayout(days.length, List.of("steady", "boum"), 4, List.of("days")),
            120);
    for (int p = 0; p < days.length; p++) {
      f.point(p, days[p]);
      int horizon = Integer.parseInt(days[p]);
      for (int r = 0; r < 4; r++) {
        f.ok(
            p,
            r,
            0,
            values(
                FINAL_ACTIVE, 100 + r, PEAK_FANS, 600 + r, PEAK_DAY, horizon, FINAL_FANS, 600 + r));
        f.ok(
            p,
            r,
            1,
            values(FINAL_ACTIVE, 20 + r, PEAK_FANS, 1000 + r, PEAK_DAY, 10, FINAL_FANS, 900 - r));
      }
    }
    return f.daily();
  }

  @Test
  void aFewPointsOfDifferentHorizonsAreLedPointByPointEachWithItsOwn() throws Exception {
    Path folder =
        horizons("few", "60", "120")
            .write(scenario("steady", "boum", "verdict: {mechanism: the spike}\n"));
    Report.Written written = Report.write(folder);
    List<String> verdict = written.verdict();
    assertThat(verdict.get(0)).startsWith("With days = 60: after 60 days, steady has ");
    assertThat(verdict.get(1))
        .startsWith("With days = 120: after 120 days, steady has ")
        .endsWith("— the mechanism: the spike.");
    assertThat(verdict.get(2)).startsWith("Pooled over the 2 points");
    neverOneHorizonForAll(verdict);
    assertThat(written.problems()).as("daily.csv has each point's own days").isEmpty();
    ReportChecks.verdictMatchesFiles(folder);
  }

  @Test
  void manyPointsOfDifferentHorizonsArePooledOverTheirRange() throws Exception {
    Path folder =
        horizons("many", "60", "60", "90", "120", "120").write(scenario("steady", "boum", ""));
    Report.Written written = Report.write(folder);
    List<String> verdict = written.verdict();
    assertThat(verdict.get(0)).startsWith("Pooled over the 5 points");
    assertThat(verdict.get(1)).startsWith("After 60 to 120 days, steady has ");
    neverOneHorizonForAll(verdict);
    assertThat(written.problems()).isEmpty();
    ReportChecks.verdictMatchesFiles(folder);
    // a programme of a 60-day point never cancelled is censored on day 60, not at the manifest's
    // 120
    List<String> survival = Files.readAllLines(folder.resolve("survival.csv"));
    assertThat(survival).contains("all,steady,20,0,0,0,0.16112516,not reached,0,20,0,1,1,1");
    assertThat(survival).contains("all,steady,20,0,0,0,0.16112516,not reached,120,8,0,1,1,1");
    assertThat(survival).contains("0,steady,4,0,0,0,0.48989084,not reached,60,4,0,1,1,1");
  }

  /**
   * No sentence speaks of one horizon, or of a peak day or "the last day", for points whose
   * horizons differ: only a point's own sentence names its days.
   */
  private static void neverOneHorizonForAll(List<String> verdict) {
    Pattern days = Pattern.compile("(?i)after (\\d+) days");
    for (String sentence : verdict) {
      Matcher m = days.matcher(sentence);
      while (m.find()) {
        assertThat(sentence)
            .as("a sentence naming one horizon speaks of that point only")
            .startsWith("With days = " + m.group(1) + ":");
      }
      if (!sentence.startsWith("With days =")) {
        assertThat(sentence).doesNotContain("median peak day").doesNotContain("the last day");
      }
    }
  }
}
