package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.result.RunResult;
import badaboum.result.SummaryMetric;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** H1 and H3: what management watches decides which plan survives. */
class ManagementTest {
  private final Scenario flagship =
      Trials.with(
          new ScenarioLoader().load(Path.of("scenarios/boum-vs-steady.yaml")),
          Map.of("replications", 16));

  @Test
  void onFansAnchoredOnThePeakBoumIsCancelledMoreOftenAndOnActivityTheGapChanges() {
    double boumOnFans = cancelRate(flagship, "boum");
    double steadyOnFans = cancelRate(flagship, "steady");
    assertThat(boumOnFans).isGreaterThan(steadyOnFans + 0.5);

    Scenario onActivity = Trials.with(flagship, Map.of("management.kpi", "active_members"));
    double boumOnActivity = cancelRate(onActivity, "boum");
    double steadyOnActivity = cancelRate(onActivity, "steady");
    double gapOnFans = boumOnFans - steadyOnFans;
    double gapOnActivity = boumOnActivity - steadyOnActivity;
    assertThat(Math.abs(gapOnActivity - gapOnFans)).isGreaterThan(0.25);
  }

  private static double cancelRate(Scenario s, String arm) {
    List<RunResult> runs = Trials.run(s, arm, false);
    return Trials.mean(Trials.each(runs, r -> r.focal().get(SummaryMetric.CANCELLED)));
  }
}
