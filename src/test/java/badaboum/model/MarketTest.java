package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.analysis.PairedComparison;
import badaboum.result.DailyMetric;
import badaboum.result.RunResult;
import badaboum.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Brands share a market's attention; listening outside the page recruits advocates. */
class MarketTest {
  private final Scenario base =
      Trials.with(Trials.load("community.yaml"), Map.of("replications", 8, "days", 90));

  @Test
  void aSecondBrandPostingALotTakesAttentionFromTheFirst() {
    Scenario scarce =
        Trials.with(
            base,
            Map.of(
                "platform.attention_per_day",
                1,
                "community.initial_followers",
                0.8,
                "brands",
                List.of(Map.of("name", "fromagerie"))));
    Scenario rival =
        Trials.with(
            scarce,
            Map.of(
                "strategies.loud",
                Map.of("posts_per_week", 70, "community_manager", Map.of("hours_per_week", 168)),
                "brands",
                List.of(
                    Map.of("name", "fromagerie"), Map.of("name", "rival", "strategy", "loud"))));
    List<RunResult> alone = Trials.run(scarce, "base", false);
    List<RunResult> shared = Trials.run(rival, "base", false);
    assertThat(shared.get(0).traces())
        .extracting(t -> t.brand())
        .containsExactly("fromagerie", "rival");
    PairedComparison reach =
        Trials.paired(
            Trials.each(alone, Trials.over(DailyMetric.REACH, 1, 90)),
            Trials.each(shared, Trials.over(DailyMetric.REACH, 1, 90)));
    assertThat(reach.ci95High()).isNegative();
    assertThat(reach.ratioOfMeans()).isLessThan(0.9);
  }

  @Test
  void listeningOutsideThePageRecruitsDelightedFollowers() {
    Scenario known = Trials.with(base, Map.of("audience.discovery", 0.002));
    Scenario listening =
        Trials.with(
            known,
            Map.of(
                "strategies.base.replies.listening", 1.0,
                "platform.mentions_per_1000_aware", 5.0));
    Scenario deaf = Trials.with(listening, Map.of("strategies.base.replies.listening", 0.0));
    List<RunResult> heard = Trials.run(listening, "base", true);
    List<RunResult> ignored = Trials.run(deaf, "base", false);
    long recruited =
        heard.stream()
            .mapToLong(
                r ->
                    java.util.Arrays.stream(r.members().get(0).joinedVia())
                        .filter("listening"::equals)
                        .count())
            .sum();
    assertThat(recruited).isGreaterThan(10L * heard.size());
    PairedComparison followers =
        Trials.paired(
            Trials.each(ignored, Trials.onDay(DailyMetric.FOLLOWERS, 90)),
            Trials.each(heard, Trials.onDay(DailyMetric.FOLLOWERS, 90)));
    assertThat(followers.ci95Low()).isPositive();
  }
}
