package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.result.RunResult;
import badaboum.result.SummaryMetric;
import badaboum.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Costs add up exactly, and management cancels as its rules say. */
class CostsAndReviewsTest {
  private final Scenario base =
      Trials.with(Trials.load("community.yaml"), Map.of("replications", 1));

  @Test
  void spendIsStaffPlusLaunchPlusAdsPlusPrizesPlusBoughtFans() {
    Scenario everything =
        Trials.with(
            base,
            Map.of(
                "strategies.base.launch", Map.of("day", 3, "reach", 2000, "cost", 5000),
                "strategies.base.ads",
                    Map.of("daily_budget", 20, "cost_per_1000", 4, "start", 10, "end", 19),
                "strategies.base.contests",
                    List.of(Map.of("start", 30, "every", 60, "duration", 7, "prize", 300)),
                "strategies.base.buy_fans",
                    List.of(Map.of("day", 5, "count", 2000, "price_per_1000", 12))));
    BrandTrace trace = Trials.run(everything, "base", false).get(0).traces().get(0);
    double staff = 180 * 40 / 7.0 * 35;
    double launch = 5000;
    double ads = 10 * 20;
    double prizes = 3 * 300; // contests end on days 36, 96 and 156
    double fans = 2 * 12;
    assertThat(trace.last(DailyMetric.SPEND))
        .isCloseTo(staff + launch + ads + prizes + fans, within(1e-6));
  }

  @Test
  void patienceIsTheNumberOfMissedReviewsInARow() {
    // nobody joins and some leave: every review misses a growth target
    Scenario shrinking =
        Trials.with(
            base,
            Map.of(
                "management",
                Map.of("review_every", 30, "kpi", "fans", "target_growth", 0.1, "patience", 3)));
    RunResult run = Trials.run(shrinking, "base", false).get(0);
    // reviews on days 30 (first: met, nothing to compare with), 60, 90, 120: the third miss
    assertThat(run.focal().get(SummaryMetric.CANCEL_DAY)).isEqualTo(120);
    BrandTrace trace = run.traces().get(0);
    assertThat(trace.get(DailyMetric.ALIVE, 119)).isEqualTo(1);
    assertThat(trace.get(DailyMetric.ALIVE, 120)).isZero();
    // after cancellation nothing is spent and nothing posted
    assertThat(trace.last(DailyMetric.SPEND)).isEqualTo(trace.get(DailyMetric.SPEND, 120));
    assertThat(trace.get(DailyMetric.REACH, 150)).isZero();
  }

  @Test
  void theBudgetEndsTheProgrammeAsSoonAsItIsSpent() {
    Scenario tight = Trials.with(base, Map.of("management.budget", 2000));
    RunResult run = Trials.run(tight, "base", false).get(0);
    double perDay = 40 / 7.0 * 35;
    int expectedDay =
        (int) Math.ceil(2000 / perDay) + 1; // spent at the end of a day, seen the next
    assertThat(run.focal().get(SummaryMetric.CANCEL_DAY)).isEqualTo(expectedDay);
  }

  @Test
  void anchoringOnThePeakRaisesTheBar() {
    Programme programme = programme(true);
    programme.seeValue(1000, true); // the launch spike
    programme.review(500, false);
    assertThat(badaboum.model.mechanisms.ManagementReviewAccess.expectation(programme, spec(true)))
        .isEqualTo(1000);
    Programme plain = programme(false);
    plain.seeValue(1000, true);
    plain.review(500, false);
    assertThat(badaboum.model.mechanisms.ManagementReviewAccess.expectation(plain, spec(false)))
        .isCloseTo(550, within(1e-9));
  }

  private static badaboum.scenario.ManagementSpec spec(boolean anchored) {
    return new badaboum.scenario.ManagementSpec(
        90, badaboum.scenario.Kpi.FANS, 0, 0.1, anchored, 2, 0);
  }

  private Programme programme(boolean anchored) {
    return new Programme(
        base.strategy("base"),
        spec(anchored),
        base.platform(),
        base.community().satisfaction().promoMemoryPosts());
  }
}
