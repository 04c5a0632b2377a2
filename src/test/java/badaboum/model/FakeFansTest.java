package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import badaboum.analysis.PairedComparison;
import badaboum.result.DailyMetric;
import badaboum.result.RunResult;
import badaboum.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** H2: bought fans are inert; they dilute engagement, and the platform cuts reach for it. */
class FakeFansTest {
  private static final int PURCHASE_DAY = 30;

  /** A big, busy page: enough reactions a day for a one-day ratio to be precise. */
  private final Scenario clean =
      Trials.with(
          Trials.load("community.yaml"),
          Map.of(
              "audience.size", 20_000,
              "community.initial_followers", 0.5,
              "strategies.base.posts_per_week", 28,
              "replications", 30));

  @Test
  void fakeFansCutTheEngagementRateAtOnceByTheirShareThenReach() {
    int followers =
        (int)
            Trials.mean(
                Trials.each(
                    Trials.run(clean, "base", false),
                    Trials.onDay(DailyMetric.FOLLOWERS, PURCHASE_DAY - 1)));
    int bought = followers / 2; // x = 50% of followers
    Scenario withFakes =
        Trials.with(
            clean,
            Map.of(
                "strategies.base.buy_fans",
                List.of(Map.of("day", PURCHASE_DAY, "count", bought, "price_per_1000", 15))));
    List<RunResult> a = Trials.run(clean, "base", false);
    List<RunResult> b = Trials.run(withFakes, "base", false);

    // at once: the same real reactions over half as many fans again
    double erClean =
        Trials.mean(Trials.each(a, Trials.onDay(DailyMetric.ENGAGEMENT_RATE, PURCHASE_DAY)));
    double erFakes =
        Trials.mean(Trials.each(b, Trials.onDay(DailyMetric.ENGAGEMENT_RATE, PURCHASE_DAY)));
    double expected = 1 / (1 + bought / (double) followers);
    assertThat(erFakes / erClean).isCloseTo(expected, within(0.08));
    assertThat(Trials.mean(Trials.each(b, Trials.onDay(DailyMetric.FAKE_FANS, PURCHASE_DAY))))
        .isCloseTo(bought, within(bought * 0.01));

    // after the feedback: the platform shows the page to a smaller share of its fans
    PairedComparison reach =
        Trials.paired(
            Trials.each(a, Trials.over(DailyMetric.REACH, 90, 180)),
            Trials.each(b, Trials.over(DailyMetric.REACH, 90, 180)));
    assertThat(reach.meanDifference()).isNegative();
    assertThat(reach.ci95High()).isNegative();
  }

  @Test
  void fakeFansCountInFansNotInFollowersAndNeverEngage() {
    Scenario withFakes =
        Trials.with(
            clean,
            Map.of(
                "strategies.base.buy_fans",
                List.of(Map.of("day", 10, "count", 3000, "price_per_1000", 20))));
    RunResult run = Trials.run(withFakes, "base", false).get(0);
    var trace = run.traces().get(0);
    assertThat(trace.get(DailyMetric.FANS, 10) - trace.get(DailyMetric.FOLLOWERS, 10))
        .isEqualTo(trace.get(DailyMetric.FAKE_FANS, 10))
        .isEqualTo(3000);
    // the platform purges them over time, at 20% a year
    assertThat(trace.get(DailyMetric.FAKE_FANS, 180)).isBetween(3000 * 0.88, 3000 * 0.95);
    assertThat(trace.get(DailyMetric.SPEND, 10) - trace.get(DailyMetric.SPEND, 9))
        .isCloseTo(3000 / 1000.0 * 20 + 40 / 7.0 * 35, within(1e-6));
  }
}
