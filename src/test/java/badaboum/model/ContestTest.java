package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.analysis.PairedComparison;
import badaboum.result.DailyMetric;
import badaboum.result.MemberTable;
import badaboum.result.RunResult;
import badaboum.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * H1: a contest buys followers, mostly people who do not care for the brand, and they go; the few
 * who care stay.
 */
class ContestTest {
  private static final int START = 40;
  private static final int DURATION = 10;

  /** The settled community, with people still finding the page on their own. */
  private final Scenario base =
      Trials.with(
          Trials.load("community.yaml"), Map.of("replications", 12, "audience.discovery", 0.001));

  private final Scenario contest =
      Trials.with(
          base,
          Map.of(
              "strategies.base.contests",
              List.of(
                  Map.of(
                      "start",
                      START,
                      "duration",
                      DURATION,
                      "prize",
                      500,
                      "alignment",
                      0.2,
                      "entry",
                      "like",
                      "reach_per_day",
                      1500,
                      "churn_after",
                      0.03))));

  @Test
  void followersJumpWithLowAffinityJoinersWhoLeaveAndAFewWhoStay() {
    List<RunResult> without = Trials.run(base, "base", false);
    List<RunResult> with = Trials.run(contest, "base", true);
    int end = START + DURATION - 1;

    PairedComparison jump =
        Trials.paired(
            Trials.each(without, Trials.onDay(DailyMetric.FOLLOWERS, end)),
            Trials.each(with, Trials.onDay(DailyMetric.FOLLOWERS, end)));
    assertThat(jump.meanDifference()).isGreaterThan(300);
    assertThat(jump.ci95Low()).isPositive();

    PairedComparison later =
        Trials.paired(
            Trials.each(without, Trials.onDay(DailyMetric.FOLLOWERS, 180)),
            Trials.each(with, Trials.onDay(DailyMetric.FOLLOWERS, 180)));
    assertThat(later.meanDifference()).isLessThan(0.4 * jump.meanDifference());

    // entries pour in, counted apart: the page's own engagement does not rise with them
    double entries =
        Trials.mean(Trials.each(with, Trials.over(DailyMetric.CONTEST_ENTRIES, START, end)));
    assertThat(entries).isGreaterThan(50);
    PairedComparison during =
        Trials.paired(
            Trials.each(without, Trials.over(DailyMetric.ENGAGEMENT_RATE, START, end)),
            Trials.each(with, Trials.over(DailyMetric.ENGAGEMENT_RATE, START, end)));
    assertThat(during.ratioOfMeans()).isLessThan(1.25);
    // the few people the contest brought who are not prize seekers were selected on affinity,
    // like organic joiners (John et al. 2017): they stay and take part, a small lasting gain
    PairedComparison after =
        Trials.paired(
            Trials.each(without, Trials.onDay(DailyMetric.ACTIVE, 180)),
            Trials.each(with, Trials.onDay(DailyMetric.ACTIVE, 180)));
    assertThat(after.ci95Low()).isPositive();
    assertThat(after.meanDifference()).isLessThan(0.2 * jump.meanDifference());

    double joinerAffinity = meanAffinity(with, "contest");
    double organicAffinity = meanAffinity(with, "organic");
    assertThat(joinerAffinity).isLessThan(organicAffinity - 0.05);
  }

  @Test
  void prizesArePaidWhenEachContestEnds() {
    RunResult run = Trials.run(contest, "base", false).get(0);
    var trace = run.traces().get(0);
    double staffPerDay = 40 / 7.0 * 35;
    int end = START + DURATION - 1;
    assertThat(trace.get(DailyMetric.SPEND, end) - trace.get(DailyMetric.SPEND, end - 1))
        .isCloseTo(500 + staffPerDay, org.assertj.core.data.Offset.offset(1e-6));
  }

  private static double meanAffinity(List<RunResult> runs, String channel) {
    double total = 0;
    int count = 0;
    for (RunResult run : runs) {
      MemberTable table = run.members().get(0);
      for (int p = 0; p < table.size(); p++) {
        if (table.joinedVia()[p].equals(channel)) {
          total += table.affinity()[p];
          count++;
        }
      }
    }
    assertThat(count).isPositive();
    return total / count;
  }
}
