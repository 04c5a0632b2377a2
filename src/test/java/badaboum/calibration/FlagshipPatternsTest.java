package badaboum.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The flagship's steady arm shows, over 30 replicates, every empirical pattern the defaults are
 * calibrated on (docs/MODEL.md, "Patterns"): a community a room can see, not only an audience.
 */
class FlagshipPatternsTest {

  @Test
  void theSteadyArmMeetsEveryBand() {
    Scenario flagship = new ScenarioLoader().load(Path.of("scenarios/boum-vs-steady.yaml"));
    Patterns p = Patterns.of(flagship, "steady", Integer.getInteger("badaboum.patterns.runs", 30));
    System.out.println("flagship steady: " + p);
    assertThat(p.organicReach()).as("organic reach").isBetween(0.02, 0.16);
    assertThat(p.reachLate()).as("reach falls as the page grows").isLessThan(p.reachEarly());
    assertThat(p.engagementPerPostPerFollower()).as("engagement").isBetween(0.0005, 0.003);
    assertThat(p.engagedWithin42Days()).as("engaged within 42 days").isBetween(0.005, 0.05);
    assertThat(p.topPercentCommentShare()).as("top 1% share of comments").isBetween(0.6, 0.9);
    assertThat(p.everCommented()).as("ever commented").isLessThan(0.3);
    assertThat(p.ambassadorsPerActive()).as("ambassadors per active").isGreaterThanOrEqualTo(0.01);
    assertThat(p.runsWithAmbassadors()).as("runs with ambassadors").isGreaterThanOrEqualTo(0.8);
    assertThat(p.memberAnswersPerWeek()).as("member answers a week").isGreaterThanOrEqualTo(1);
    assertThat(p.weeksWithReplies()).as("weeks with replies").isGreaterThanOrEqualTo(0.9);
  }
}
