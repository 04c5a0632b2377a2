package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.analysis.PairedComparison;
import badaboum.result.DailyMetric;
import badaboum.result.RunResult;
import badaboum.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** H4 and H5: the intern's fifteen minutes, and talking about oneself. */
class StaffingAndContentTest {
  private final Scenario base =
      Trials.with(Trials.load("community.yaml"), Map.of("replications", 12));

  @Test
  void fifteenMinutesADayRushesThePostsAndLeavesCommentsUnanswered() {
    Scenario intern =
        Trials.with(base, Map.of("strategies.base.community_manager.hours_per_week", 1.75));
    List<RunResult> pro = Trials.run(base, "base", false);
    List<RunResult> hurried = Trials.run(intern, "base", false);
    PairedComparison engagement =
        Trials.paired(
            Trials.each(pro, Trials.over(DailyMetric.ENGAGEMENT_RATE, 30, 180)),
            Trials.each(hurried, Trials.over(DailyMetric.ENGAGEMENT_RATE, 30, 180)));
    assertThat(engagement.ci95High()).isNegative();
    PairedComparison replies =
        Trials.paired(
            Trials.each(pro, Trials.over(DailyMetric.REPLIES, 1, 180)),
            Trials.each(hurried, Trials.over(DailyMetric.REPLIES, 1, 180)));
    assertThat(Trials.mean(Trials.each(hurried, Trials.over(DailyMetric.REPLIES, 1, 180))))
        .isZero();
    assertThat(replies.ci95High()).isNegative();
    assertThat(answeredShare(hurried)).isZero();
    assertThat(answeredShare(pro)).isGreaterThan(0.8);
    // and it is cheaper: that is why it is tempting
    assertThat(hurried.get(0).traces().get(0).last(DailyMetric.SPEND))
        .isLessThan(pro.get(0).traces().get(0).last(DailyMetric.SPEND) / 10);
  }

  /** Replies over comments that got an answer or expired without one. */
  private static double answeredShare(List<RunResult> runs) {
    double replies = Trials.mean(Trials.each(runs, Trials.over(DailyMetric.REPLIES, 1, 180)));
    double unanswered = Trials.mean(Trials.each(runs, Trials.over(DailyMetric.UNANSWERED, 1, 180)));
    assertThat(replies + unanswered).isPositive();
    return replies / (replies + unanswered);
  }

  @Test
  void promotionalPostsEngageLessAndDriveFollowersAwayDecentredOnesPlease() {
    Scenario promotional =
        Trials.with(
            base,
            Map.of(
                "strategies.base.content",
                Map.of(
                    "promotional",
                    0.8,
                    "informative",
                    0.1,
                    "entertaining",
                    0.05,
                    "conversation",
                    0.05)));
    Scenario decentred =
        Trials.with(
            base,
            Map.of(
                "strategies.base.content",
                Map.of(
                    "promotional",
                    0.05,
                    "informative",
                    0.15,
                    "entertaining",
                    0.5,
                    "conversation",
                    0.3)));
    List<RunResult> promo = Trials.run(promotional, "base", false);
    List<RunResult> cats = Trials.run(decentred, "base", false);
    PairedComparison engagement =
        Trials.paired(
            Trials.each(promo, Trials.over(DailyMetric.ENGAGEMENT_RATE, 1, 180)),
            Trials.each(cats, Trials.over(DailyMetric.ENGAGEMENT_RATE, 1, 180)));
    assertThat(engagement.ci95Low()).isPositive();
    PairedComparison unfollows =
        Trials.paired(
            Trials.each(promo, Trials.over(DailyMetric.UNFOLLOWS, 1, 180)),
            Trials.each(cats, Trials.over(DailyMetric.UNFOLLOWS, 1, 180)));
    assertThat(unfollows.ci95High()).isNegative();
    PairedComparison sentiment =
        Trials.paired(
            Trials.each(promo, Trials.onDay(DailyMetric.SENTIMENT, 180)),
            Trials.each(cats, Trials.onDay(DailyMetric.SENTIMENT, 180)));
    assertThat(sentiment.ci95Low()).isPositive();
  }
}
