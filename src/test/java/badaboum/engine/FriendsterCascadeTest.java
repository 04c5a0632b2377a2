package badaboum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.model.BrandCommunity;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Textbook reduction 2: with a silent brand and the departure rule, the followers left are the
 * ⌈cost/benefit⌉-core of the friendship graph. The core is computed here by its own peeling, from
 * the CSV itself, not with the engine's graph.
 */
class FriendsterCascadeTest {
  private static final Path SCENARIO = Path.of("scenarios/textbook/friendster-kcore.yaml");
  private static final Path EDGES = Path.of("scenarios/textbook/friendster-network.csv");

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2013})
  void followersLeftAreExactlyTheKCore(long seed) throws IOException {
    Scenario scenario = new ScenarioLoader().load(SCENARIO);
    double ratio =
        scenario.community().costOfAttention() / scenario.community().benefitPerActiveFriend();
    int k = (int) Math.ceil(ratio);
    assertThat(ratio).isNotEqualTo(Math.rint(ratio)); // the reduction needs a non-integer ratio

    CommunitySimulation sim =
        new CommunitySimulation(new RunSpec(scenario, "silent", 0, seed, false));
    sim.start();
    while (sim.schedule.getSteps() < scenario.days()) {
      sim.schedule.step(sim);
    }
    BrandCommunity brand = sim.market().brands().get(0);
    TreeSet<Integer> left = new TreeSet<>();
    for (int p = 0; p < scenario.audience().size(); p++) {
      if (brand.isFollower(p)) {
        left.add(p);
      }
    }

    TreeSet<Integer> core = kCore(scenario.audience().size(), readEdges(), k);
    assertThat(core).hasSizeBetween(100, scenario.audience().size() - 100); // a real cascade
    assertThat(left).isEqualTo(core);
  }

  private static List<int[]> readEdges() throws IOException {
    List<int[]> edges = new ArrayList<>();
    for (String line : Files.readAllLines(EDGES)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("source")) {
        continue;
      }
      String[] parts = line.split(",");
      edges.add(new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())});
    }
    return edges;
  }

  /** Repeatedly removes people with fewer than k remaining friends. */
  static TreeSet<Integer> kCore(int n, List<int[]> edges, int k) {
    List<List<Integer>> adjacency = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      adjacency.add(new ArrayList<>());
    }
    for (int[] e : edges) {
      adjacency.get(e[0]).add(e[1]);
      adjacency.get(e[1]).add(e[0]);
    }
    boolean[] removed = new boolean[n];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int v = 0; v < n; v++) {
        if (removed[v]) {
          continue;
        }
        long degree = adjacency.get(v).stream().filter(u -> !removed[u]).count();
        if (degree < k) {
          removed[v] = true;
          changed = true;
        }
      }
    }
    TreeSet<Integer> core = new TreeSet<>();
    for (int v = 0; v < n; v++) {
      if (!removed[v]) {
        core.add(v);
      }
    }
    return core;
  }
}
