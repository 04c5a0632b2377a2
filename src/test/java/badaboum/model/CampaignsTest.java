package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.analysis.PairedComparison;
import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.result.MemberTable;
import badaboum.result.RunResult;
import badaboum.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launch, paid ads, polls and the active window do what they say. */
class CampaignsTest {
  private final Scenario base =
      Trials.with(Trials.load("community.yaml"), Map.of("replications", 8, "days", 90));

  @Test
  void theLaunchBringsFollowersOnItsDay() {
    Scenario launch =
        Trials.with(
            base,
            Map.of("strategies.base.launch", Map.of("day", 10, "reach", 5000, "conversion", 1.0)));
    RunResult run = Trials.run(launch, "base", true).get(0);
    BrandTrace trace = run.traces().get(0);
    // 5000 people reached, three quarters not yet following, each following with their affinity
    assertThat(trace.get(DailyMetric.NEW_FOLLOWERS, 10)).isBetween(800.0, 1500.0);
    assertThat(trace.get(DailyMetric.NEW_FOLLOWERS, 9)).isLessThan(50);
    assertThat(count(run.members().get(0), "launch")).isGreaterThan(800);
  }

  @Test
  void adsTargetedByAffinityRecruitPeopleWhoCareMoreThanBroadAds() {
    // a light budget: 200 impressions a day, so that few people see an ad twice
    Map<String, Object> ads = Map.of("daily_budget", 1, "cost_per_1000", 5, "conversion", 0.2);
    Scenario broad = Trials.with(base, Map.of("strategies.base.ads", ads));
    Scenario targeted = Trials.with(broad, Map.of("strategies.base.ads.targeting", "affinity"));
    double broadAffinity = meanAffinity(Trials.run(broad, "base", true), "ads");
    double targetedAffinity = meanAffinity(Trials.run(targeted, "base", true), "ads");
    assertThat(targetedAffinity).isGreaterThan(broadAffinity + 0.05);
  }

  @Test
  void pollsPleaseTheMembersWhoAnswer() {
    Scenario polls = Trials.with(base, Map.of("strategies.base.polls", Map.of("every", 1)));
    PairedComparison sentiment =
        Trials.paired(
            Trials.each(Trials.run(base, "base", false), Trials.onDay(DailyMetric.SENTIMENT, 90)),
            Trials.each(Trials.run(polls, "base", false), Trials.onDay(DailyMetric.SENTIMENT, 90)));
    assertThat(sentiment.ci95Low()).isPositive();
  }

  @Test
  void followersWhoDoNotEngageForTheWindowGoDormant() {
    Scenario quiet =
        Trials.with(
            base,
            Map.of(
                "strategies.base.posts_per_week", 0,
                "community.peer_reactivation", 0,
                "community.dormancy", 0,
                "community.active_window", 20));
    BrandTrace trace = Trials.run(quiet, "base", false).get(0).traces().get(0);
    assertThat(trace.get(DailyMetric.ACTIVE, 19)).isEqualTo(trace.get(DailyMetric.FOLLOWERS, 19));
    assertThat(trace.get(DailyMetric.ACTIVE, 20)).isZero();
    assertThat(trace.get(DailyMetric.DORMANT, 20)).isEqualTo(trace.get(DailyMetric.FOLLOWERS, 20));
  }

  private static long count(MemberTable members, String channel) {
    return java.util.Arrays.stream(members.joinedVia()).filter(channel::equals).count();
  }

  private static double meanAffinity(List<RunResult> runs, String channel) {
    double total = 0;
    int n = 0;
    for (RunResult run : runs) {
      MemberTable table = run.members().get(0);
      for (int p = 0; p < table.size(); p++) {
        if (table.joinedVia()[p].equals(channel)) {
          total += table.affinity()[p];
          n++;
        }
      }
    }
    assertThat(n).isGreaterThan(50);
    return total / n;
  }
}
