package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.result.RunResult;
import badaboum.scenario.MarketPlatformSpec;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioException;
import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Several platforms in one market: a brand's pages are counted once in its total, its manager is
 * paid once and loses time to each further platform, and an audience that leaves a fading platform
 * arrives on the one it fades to.
 */
class PlatformsTest {
  private final Scenario market =
      Trials.with(
          Trials.load("community.yaml"),
          Map.of(
              "replications",
              2,
              "days",
              60,
              "platforms",
              ordered("a", Map.of(), "b", Map.of("audience_share", 0.5))));

  /** Platforms and accounts in file order. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private Scenario on(Map<String, Object> accounts, Map<String, Object> more) {
    Map<String, Object> values = new java.util.LinkedHashMap<>(more);
    values.put("strategies.base.platforms", accounts);
    return Trials.with(market, values);
  }

  @Test
  void aBrandOnTwoPlatformsCountsEachPersonOnceAndHasARowPerPlatform() {
    RunResult run =
        Trials.run(on(ordered("a", Map.of(), "b", Map.of()), Map.of()), "base", false).get(0);
    assertThat(run.traces())
        .extracting(BrandTrace::brand)
        .containsExactly("brand", "brand@a", "brand@b");
    BrandTrace total = run.traces().get(0);
    double a = run.traces().get(1).last(DailyMetric.FOLLOWERS);
    double b = run.traces().get(2).last(DailyMetric.FOLLOWERS);
    assertThat(b).isPositive();
    // half of b's people are on a too, and many follow both pages: counted once in the total
    assertThat(total.last(DailyMetric.FOLLOWERS))
        .isGreaterThanOrEqualTo(Math.max(a, b))
        .isLessThan(a + b);
  }

  @Test
  void aPlatformTheBrandIsNotOnIsAnEmptyRow() {
    RunResult run = Trials.run(on(Map.of("a", Map.of()), Map.of()), "base", false).get(0);
    assertThat(run.traces().get(2).brand()).isEqualTo("brand@b");
    assertThat(run.traces().get(2).series(DailyMetric.FOLLOWERS)).containsOnly(0.0);
  }

  @Test
  void theManagerIsPaidOnceHoweverManyPlatforms() {
    double one =
        Trials.run(on(Map.of("a", Map.of()), Map.of()), "base", false)
            .get(0)
            .focal()
            .get(badaboum.result.SummaryMetric.TOTAL_SPEND);
    double two =
        Trials.run(on(ordered("a", Map.of(), "b", Map.of()), Map.of()), "base", false)
            .get(0)
            .focal()
            .get(badaboum.result.SummaryMetric.TOTAL_SPEND);
    assertThat(two).isCloseTo(one, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void goingFromOnePlatformToTheNextTakesTheManagersTime() {
    Map<String, Object> twoPlatforms = ordered("a", Map.of(), "b", Map.of());
    // a whole day lost to the second platform: nothing is posted anywhere
    Scenario lost =
        on(twoPlatforms, Map.of("strategies.base.community_manager.minutes_per_switch", 1440));
    BrandTrace total = Trials.run(lost, "base", false).get(0).traces().get(0);
    assertThat(total.series(DailyMetric.REACH)).containsOnly(0.0);
    Scenario free =
        on(twoPlatforms, Map.of("strategies.base.community_manager.minutes_per_switch", 0));
    BrandTrace posting = Trials.run(free, "base", false).get(0).traces().get(0);
    assertThat(posting.get(DailyMetric.REACH, 1)).isPositive();
  }

  @Test
  void thoseWhoLeaveAFadingPlatformArriveOnTheOneItFadesTo() {
    MarketPlatformSpec old =
        new MarketPlatformSpec("old", 1.0, 0, 0, 0, 60, 10, 20, "new", null, null);
    MarketPlatformSpec young = new MarketPlatformSpec("new", 0, 30, 0, 0, 60, 0, 0, "", null, null);
    Platforms platforms =
        new Platforms(List.of(old, young), true, 1000, new MersenneTwisterFast(7));
    platforms.startDay(0);
    assertThat(platforms.users(0)).isEqualTo(1000);
    assertThat(platforms.users(1)).isZero();
    platforms.startDay(200);
    // after ten half-lives almost everyone has moved, though nobody chose the new one by itself
    assertThat(platforms.users(0)).isLessThan(10);
    assertThat(platforms.users(0) + platforms.users(1)).isEqualTo(1000);
  }

  @Test
  void anAccountOnAPlatformTheMarketLacksIsRefusedWithTheMarketsPlatforms() {
    assertThatThrownBy(() -> on(Map.of("pintagram", Map.of()), Map.of()))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("strategies.base.platforms.pintagram")
        .hasMessageContaining("'pintagram' is not a platform of the market; platforms: a, b");
  }
}
