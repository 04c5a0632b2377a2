package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.analysis.PairedComparison;
import badaboum.result.DailyMetric;
import badaboum.result.RunResult;
import badaboum.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * H7: a crisis hurts; a fast transparent answer and ambassadors damp it; trolls need moderators.
 */
class CrisisTest {
  private static final int CRISIS_DAY = 60;

  private final Scenario calm =
      Trials.with(Trials.load("community.yaml"), Map.of("replications", 20));
  private final Scenario crisis =
      Trials.with(
          calm,
          Map.of(
              "crises",
              List.of(Map.of("day", CRISIS_DAY, "severity", 0.8, "topic", "allergen scare"))));

  @Test
  void aCrisisLowersSentimentAndRaisesUnfollows() {
    List<RunResult> quiet = Trials.run(calm, "base", false);
    List<RunResult> hit = Trials.run(crisis, "base", false);
    PairedComparison sentiment =
        Trials.paired(
            Trials.each(quiet, Trials.onDay(DailyMetric.SENTIMENT, CRISIS_DAY + 5)),
            Trials.each(hit, Trials.onDay(DailyMetric.SENTIMENT, CRISIS_DAY + 5)));
    assertThat(sentiment.ci95High()).isNegative();
    PairedComparison unfollows =
        Trials.paired(
            Trials.each(quiet, Trials.over(DailyMetric.UNFOLLOWS, CRISIS_DAY, CRISIS_DAY + 30)),
            Trials.each(hit, Trials.over(DailyMetric.UNFOLLOWS, CRISIS_DAY, CRISIS_DAY + 30)));
    assertThat(unfollows.ci95Low()).isPositive();
  }

  @Test
  void aFastTransparentAnswerDampsTheCrisis() {
    Scenario silent =
        Trials.with(
            crisis,
            Map.of(
                "strategies.base.crisis_response",
                Map.of("delay_hours", 240, "transparency", 0.0)));
    Scenario open =
        Trials.with(
            crisis,
            Map.of(
                "strategies.base.crisis_response", Map.of("delay_hours", 2, "transparency", 1.0)));
    PairedComparison sentiment =
        Trials.paired(
            Trials.each(
                Trials.run(silent, "base", false), Trials.over(DailyMetric.SENTIMENT, 61, 90)),
            Trials.each(
                Trials.run(open, "base", false), Trials.over(DailyMetric.SENTIMENT, 61, 90)));
    assertThat(sentiment.ci95Low()).isPositive();
  }

  @Test
  void ambassadorsDefendTheBrand() {
    Scenario without = Trials.with(crisis, Map.of("community.ambassadors.enabled", false));
    Scenario with =
        Trials.with(
            crisis,
            Map.of(
                "community.ambassadors",
                Map.of(
                    "min_satisfaction", 0.5, "min_affinity", 0.3, "min_engagements_per_month", 1)));
    List<RunResult> alone = Trials.run(without, "base", false);
    List<RunResult> defended = Trials.run(with, "base", false);
    assertThat(
            Trials.mean(Trials.each(defended, Trials.onDay(DailyMetric.AMBASSADORS, CRISIS_DAY))))
        .isGreaterThan(20);
    PairedComparison sentiment =
        Trials.paired(
            Trials.each(alone, Trials.over(DailyMetric.SENTIMENT, 61, 90)),
            Trials.each(defended, Trials.over(DailyMetric.SENTIMENT, 61, 90)));
    assertThat(sentiment.ci95Low()).isPositive();
  }

  @Test
  void trollsHurtUnlessModerated() {
    Scenario trolls = Trials.with(calm, Map.of("platform.spam_bots_per_1000_reach", 2.0));
    Scenario unmoderated = Trials.with(trolls, Map.of("strategies.base.moderation", 0.0));
    Scenario moderated = Trials.with(trolls, Map.of("strategies.base.moderation", 1.0));
    PairedComparison sentiment =
        Trials.paired(
            Trials.each(
                Trials.run(unmoderated, "base", false), Trials.onDay(DailyMetric.SENTIMENT, 180)),
            Trials.each(
                Trials.run(moderated, "base", false), Trials.onDay(DailyMetric.SENTIMENT, 180)));
    assertThat(sentiment.ci95Low()).isPositive();
  }
}
