package badaboum.report;

import static badaboum.report.ResultsFixture.values;
import static badaboum.result.SummaryMetric.COST_PER_ACTIVE;
import static badaboum.result.SummaryMetric.FINAL_ACTIVE;
import static badaboum.result.SummaryMetric.MEAN_ACTIVE;
import static badaboum.result.SummaryMetric.TOTAL_SPEND;
import static org.assertj.core.api.Assertions.assertThat;

import badaboum.language.Language;
import badaboum.result.SweepLayout;
import badaboum.results.ResultsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every plan ranked, the winner or "no clear winner", and how far to trust it, in report.html. */
class StrategistSectionsTest {
  static final String SCENARIO =
      """
      name: fixture
      audience: {size: 1000}
      strategies:
        a: {posts_per_week: 4.0}
        b: {posts_per_week: 5.0}
        c: {posts_per_week: 6.0}
      """;

  static final double[] NOISE = {3, -5, 8, -2, -6, 4, 1, -3};

  @TempDir Path dir;

  /**
   * Three arms at {@code points} points: b leads a by 40 ± noise and c trails by about 300 at every
   * point but the ones listed in {@code tied}, where b and a are the same but for the noise.
   */
  Path threeArms(int points, List<Integer> tied, double active) throws Exception {
    ResultsFixture f =
        new ResultsFixture(
            dir.resolve("f" + points),
            new SweepLayout(
                points, List.of("a", "b", "c"), 8, points == 1 ? List.of() : List.of("days")),
            30);
    for (int p = 0; p < points; p++) {
      double lead = tied.contains(p) ? 0 : 40;
      for (int r = 0; r < 8; r++) {
        f.ok(p, r, 0, arm(500 + 10 * r, 1000, active));
        f.ok(p, r, 1, arm(500 + 10 * r + lead + NOISE[r], 1500, active));
        f.ok(p, r, 2, arm(200 + r, 200, active));
      }
    }
    return f.write(SCENARIO);
  }

  private static double[] arm(double finalActive, double spend, double active) {
    return values(
        FINAL_ACTIVE,
        finalActive,
        TOTAL_SPEND,
        spend,
        COST_PER_ACTIVE,
        spend / finalActive,
        MEAN_ACTIVE,
        active);
  }

  private static String html(Path folder, Language language) throws Exception {
    Report.write(folder, language);
    return Files.readString(ResultsFile.REPORT.in(folder));
  }

  @Test
  void theWinnerIsNamedWithItsLeadAndEveryPairHasItsInterval() throws Exception {
    String html = html(threeArms(1, List.of(), 100), Language.EN);
    // b − a is 40 plus noise of mean 0: 40 on average, its CI well clear of zero
    assertThat(html)
        .containsPattern(
            "<strong>b wins on final_active \\(leads a by 40, 95% CI 3[0-9.]* to 4[0-9.]*\\)"
                + "\\.</strong>");
    // ranked b, a, c; c's gap to b is about −370
    assertThat(html.indexOf("<span class=\"a1\">b</span></td>"))
        .isLessThan(html.indexOf("<span class=\"a0\">a</span></td>"));
    assertThat(html).containsPattern("<td>-37[0-9]<small>-3[0-9]{2} to -3[0-9]{2}</small>");
    // with three arms, the table of every pair: row − column, both ways
    assertThat(html).contains("row − column");
    assertThat(html).containsPattern("<td>40<small>3[0-9.]* to 4[0-9.]*</small></td>");
    assertThat(html).containsPattern("<td>-40<small>-4[0-9.]* to -3[0-9.]*</small></td>");
    // spend and cost per active member with their CIs; the cost-versus-outcome chart
    assertThat(html).contains("<td>1,500<small>1,500 to 1,500</small></td>");
    assertThat(html).contains("id=\"c-cost-outcome\"");
    // no plausibility warning at 10% of the audience active
    assertThat(html).contains("How far to trust this").doesNotContain("Outside the bands");
  }

  @Test
  void aLeadWithinTheRunsRandomnessIsNoClearWinner() throws Exception {
    String html = html(threeArms(1, List.of(0), 100), Language.EN);
    assertThat(html)
        .containsPattern(
            "<strong>No clear winner on final_active: (a|b) is ahead \\(leads (a|b) by"
                + " [0-9.]+, 95% CI -[0-9.]+ to [0-9.]+\\), but not beyond the runs&#39; randomness"
                + " against every other arm\\.</strong>");
  }

  @Test
  void eachPointHasItsOwnVerdictNeverAPooledOne() throws Exception {
    String html = html(threeArms(5, List.of(2), 100), Language.EN);
    String ranking =
        html.substring(
            html.indexOf("<section id=\"ranking\">"),
            html.indexOf("</section>", html.indexOf("<section id=\"ranking\">")));
    // one row per point: b wins at 0, 1, 3, 4; nobody clearly at 2
    assertThat(ranking.split("<tr><td>")).hasSize(6);
    assertThat(ranking).containsPattern("<tr><td>2</td><td>no clear winner</td>");
    for (int p : new int[] {0, 1, 3, 4}) {
      assertThat(ranking).contains("<tr><td>" + p + "</td><td><span class=\"a1\">b</span></td>");
    }
  }

  @Test
  void aResultBeyondTheCalibrationBandsIsFlagged() throws Exception {
    // 450 of 1,000 people active on an average day: more than the 30% a brand's page reaches
    String html = html(threeArms(1, List.of(), 450), Language.EN);
    assertThat(html)
        .contains("Outside the bands the defaults are calibrated on")
        .contains("a: on an average day 45% of the audience is active, more than the 30%");
  }

  @Test
  void theSectionsSpeakFrench() throws Exception {
    String html = html(threeArms(1, List.of(), 450), Language.FR);
    assertThat(html)
        .contains("Tous les plans classés")
        .containsPattern("<strong>b l&#39;emporte sur final_active \\(devance a de 40")
        .contains("Quelle confiance accorder à ces chiffres")
        .contains("45\u00a0% de l&#39;audience est active")
        .doesNotContain("Every plan ranked")
        .doesNotContain("How far to trust");
  }
}
