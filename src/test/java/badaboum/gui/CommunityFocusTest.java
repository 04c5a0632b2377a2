package badaboum.gui;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.CommunitySimulation;
import badaboum.engine.RunSpec;
import badaboum.model.BrandCommunity;
import badaboum.model.network.Graph;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The network view fills with the community: after four months of the steady plan its members are
 * two in a hundred of the audience (fewer than the dots), and the view must show all of them, their
 * friendships and the ties they formed by answering each other, exactly those, with people who are
 * not members still around them, without ever touching the run.
 */
class CommunityFocusTest {
  // ties are few in the flagship (none at all in some runs after two months): four months give
  // this run a handful to check
  final Scenario scenario =
      new ScenarioLoader()
          .override(
              new ScenarioLoader().load(Path.of("scenarios/boum-vs-steady.yaml")),
              Map.of("days", 120),
              "test");

  @Test
  void membersComeIntoViewWithExactlyTheirFriendshipsAndTies() {
    CommunitySimulation sim = new CommunitySimulation(RunSpec.of(scenario, "steady", 0));
    sim.start();
    Graph graph = sim.market().audience().friends();
    BrandCommunity brand = sim.market().brands().get(0);
    CommunityFocus focus = new CommunityFocus(AudienceSample.of(graph, 400, 3), graph, 3);
    for (int day = 1; day <= scenario.days(); day++) {
      sim.schedule.step(sim);
      focus.update(brand);
    }
    int members = brand.followerCount();
    int drawnMembers = 0;
    Set<Integer> drawn = new HashSet<>();
    for (int s = 0; s < focus.size(); s++) {
      int who = focus.person(s);
      drawn.add(who);
      assertThat(focus.slotOf(who)).isEqualTo(s);
      assertThat(Math.hypot(focus.x(s), focus.y(s))).isLessThanOrEqualTo(1.0 + 1e-12);
      if (brand.isFollower(who)) {
        drawnMembers++;
      }
    }
    assertThat(drawn).hasSize(focus.size());
    // a sample of 400 among 20,000 would hold a few of them by chance; the view holds them all
    assertThat(members).isGreaterThan(50);
    assertThat(drawnMembers).isEqualTo(Math.min(members, focus.size()));

    // the lines: every friendship and every tie among the people drawn, once, and nothing else
    Set<Long> expectedFriends = new HashSet<>();
    Set<Long> expectedTies = new HashSet<>();
    for (int a : drawn) {
      for (int k = 0; k < graph.degree(a); k++) {
        int b = graph.neighbor(a, k);
        if (a < b && drawn.contains(b)) {
          expectedFriends.add(key(a, b));
        }
      }
      for (int t = 0; t < brand.ties(a); t++) {
        int b = brand.tiePartner(a, t);
        if (a != b && drawn.contains(b)) {
          expectedTies.add(key(a, b));
        }
      }
    }
    expectedFriends.removeAll(expectedTies);
    Set<Long> friends = new HashSet<>();
    Set<Long> ties = new HashSet<>();
    for (int e = 0; e < focus.edgeCount(); e++) {
      long k = key(focus.person(focus.edgeFrom(e)), focus.person(focus.edgeTo(e)));
      assertThat(focus.tie(e) ? ties.add(k) : friends.add(k)).as("edge %d once", e).isTrue();
    }
    assertThat(ties).isEqualTo(expectedTies).isNotEmpty();
    assertThat(friends).isEqualTo(expectedFriends);

    // members sit nearer the middle than the audience around them (aware, unaware, gone)
    double memberRadius = 0;
    double othersRadius = 0;
    int m = 0;
    int o = 0;
    for (int s = 0; s < focus.size(); s++) {
      double r = Math.hypot(focus.x(s), focus.y(s));
      if (brand.isFollower(focus.person(s))) {
        memberRadius += r;
        m++;
      } else {
        othersRadius += r;
        o++;
      }
    }
    assertThat(o).as("people who are not members still drawn").isPositive();
    assertThat(memberRadius / m).isLessThan(othersRadius / o);
  }

  @Test
  void isTheSameForTheSameRunAndSeed() {
    int[][] people = new int[2][];
    double[][] xs = new double[2][];
    for (int trial = 0; trial < 2; trial++) {
      CommunitySimulation sim = new CommunitySimulation(RunSpec.of(scenario, "boum", 0));
      sim.start();
      Graph graph = sim.market().audience().friends();
      CommunityFocus focus = new CommunityFocus(AudienceSample.of(graph, 150, 9), graph, 9);
      for (int day = 1; day <= 60; day++) {
        sim.schedule.step(sim);
        focus.update(sim.market().brands().get(0));
      }
      people[trial] = new int[focus.size()];
      xs[trial] = new double[focus.size()];
      for (int s = 0; s < focus.size(); s++) {
        people[trial][s] = focus.person(s);
        xs[trial][s] = focus.x(s);
      }
    }
    assertThat(people[1]).isEqualTo(people[0]);
    assertThat(xs[1]).isEqualTo(xs[0]);
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
