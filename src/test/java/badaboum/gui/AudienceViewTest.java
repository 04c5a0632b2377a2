package badaboum.gui;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.CommunitySimulation;
import badaboum.engine.RunSpec;
import badaboum.model.BrandCommunity;
import badaboum.model.network.Graph;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;
import sim.util.Properties;

/** Where an arm's network view puts people and bots, and what clicking on a person shows. */
class AudienceViewTest {
  final Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/boum-vs-steady.yaml"));

  static AudienceView view(CommunitySimulation sim, double width, double top) {
    Graph graph = sim.market().audience().friends();
    return new AudienceView(
        new CommunityFocus(AudienceSample.of(graph, 400, 1), graph, 1), graph.size(), width, top);
  }

  @Test
  void peopleFillADiscUnderTheNumbersAndBotsAreDrawnAtTheSamplesScale() {
    CommunitySimulation sim = new CommunitySimulation(RunSpec.of(scenario, "boum", 0));
    sim.start();
    for (int day = 0; day < 40; day++) {
      sim.schedule.step(sim);
    }
    for (double width : new double[] {60, 100, 180}) {
      AudienceView view = view(sim, width, 30);
      view.update(sim.market().brands().get(0));
      for (int i = 0; i < view.personCount(); i++) {
        Double2D at = view.field().getObjectLocation(view.person(i));
        double d = Math.hypot(at.x - view.discX(), at.y - view.discY());
        assertThat(d).isLessThanOrEqualTo(view.discRadius() + 1e-9);
        assertThat(at.y).isGreaterThanOrEqualTo(30.0);
        assertThat(at.y).isLessThanOrEqualTo(AudienceView.HEIGHT - AudienceView.BOT_BAND);
        assertThat(at.x).isBetween(0.0, width);
      }
      assertThat(view.discY() - view.discRadius()).isGreaterThanOrEqualTo(30.0);
    }
    AudienceView view = view(sim, 135, 20);
    assertThat(view.network().getAllNodes().numObjs).isEqualTo(400);
    assertThat(view.perDot()).isEqualTo(50.0);
    view.showBots(1000);
    assertThat(view.botsShown()).isEqualTo(20);
    view.showBots(10);
    assertThat(view.botsShown()).isEqualTo(1);
    view.showBots(0);
    assertThat(view.botsShown()).isZero();
    assertThat(view.botsCapped(1_000_000)).isTrue();
  }

  @Test
  void aPersonShowsTheirStateTowardsTheBrandToMasonsInspector() {
    CommunitySimulation sim = new CommunitySimulation(RunSpec.of(scenario, "boum", 0));
    sim.start();
    for (int day = 0; day < 30; day++) {
      sim.schedule.step(sim);
    }
    BrandCommunity brand = sim.market().brands().get(0);
    AudienceView view = view(sim, 135, 20);
    assertThat(view.person(0).nodeState()).isEqualTo(NodeState.UNAWARE); // no brand shown yet
    view.update(brand);
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
