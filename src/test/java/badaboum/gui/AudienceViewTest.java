package badaboum.gui;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.CommunitySimulation;
import badaboum.engine.RunSpec;
import badaboum.model.BrandCommunity;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;
import sim.util.Properties;

/** Where the network view puts people and bots, and what clicking on a person shows. */
class AudienceViewTest {
  final Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/boum-vs-steady.yaml"));

  @Test
  void peopleFillTheDiscLeftOfTheLegendAndBotsAreDrawnAtTheSamplesScale() {
    CommunitySimulation sim = new CommunitySimulation(RunSpec.of(scenario, "boum", 0));
    sim.start();
    AudienceView view =
        new AudienceView(AudienceSample.of(sim.market().audience().friends(), 400, 1), 135);
    for (int i = 0; i < view.personCount(); i++) {
      Double2D at = view.field().getObjectLocation(view.person(i));
      assertThat(at.x).isBetween(0.0, view.width() - view.legendWidth());
      assertThat(at.y).isBetween(AudienceView.HEADER, AudienceView.HEIGHT);
    }
    assertThat(view.network().getAllNodes().numObjs).isEqualTo(400);
    assertThat(view.perDot()).isEqualTo(50.0);
    view.showBots(5000);
    assertThat(view.botsShown()).isEqualTo(100);
    view.showBots(10);
    assertThat(view.botsShown()).isEqualTo(1);
    view.showBots(0);
    assertThat(view.botsShown()).isZero();
    assertThat(view.botsCapped(1_000_000)).isTrue();
    assertThat(new AudienceView(view.sample(), 100).legendScale()).isLessThan(1.0);
  }

  @Test
  void aPersonShowsTheirStateTowardsTheBrandToMasonsInspector() {
    CommunitySimulation sim = new CommunitySimulation(RunSpec.of(scenario, "boum", 0));
    sim.start();
    for (int day = 0; day < 30; day++) {
      sim.schedule.step(sim);
    }
    BrandCommunity brand = sim.market().brands().get(0);
    AudienceView view =
        new AudienceView(AudienceSample.of(sim.market().audience().friends(), 400, 1), 135);
    assertThat(view.person(0).nodeState()).isEqualTo(NodeState.UNAWARE); // no brand shown yet
    view.show(brand);
    PersonNode follower = null;
    for (int i = 0; i < view.personCount() && follower == null; i++) {
      if (brand.isFollower(view.person(i).person())) {
        follower = view.person(i);
      }
    }
    assertThat(follower).isNotNull();
    assertThat(follower.nodeState())
        .isIn(NodeState.ACTIVE, NodeState.DORMANT, NodeState.AMBASSADOR);
    Properties properties = Properties.getProperties(follower);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < properties.numProperties(); i++) {
      names.add(properties.getName(i));
    }
    assertThat(names)
        .contains(
            "Person", "State", "Satisfaction", "Affinity", "JoinedVia", "JoinedDay", "Outraged");
    assertThat(properties.getValue(names.indexOf("Satisfaction")))
        .isEqualTo((double) brand.satisfaction(follower.person()));
    assertThat(follower.toString()).startsWith("person " + follower.person() + ": ");
  }
}
