package badaboum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link MemoryEstimate} against the heap a started run really holds (measured after full
 * collections, as {@code badaboum bench} does), within a factor of {@value #FACTOR} either way:
 * when the model's arrays change, this says the estimate's constants must follow.
 */
class MemoryEstimateTest {
  static final double FACTOR = 1.5;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} people, {1} degree {2}, {3} brands")
  @CsvSource({
    "200000, watts-strogatz, 12, 1",
    "1000000, watts-strogatz, 12, 1",
    "200000, erdos-renyi, 8, 2",
    "300000, complete, 0, 1",
    "100000, barabasi-albert, 20, 1"
  })
  void theEstimateIsWithinAFactorOfTheHeapARunHolds(
      int people, String network, int degree, int brands) throws Exception {
    Scenario scenario = scenario(people, network, degree, brands);
    long estimate = MemoryEstimate.of(scenario).heldBytes();
    long measured = held(RunSpec.of(scenario, scenario.arms().get(0), 0));
    assertThat((double) estimate)
        .as("estimate %,d bytes, measured %,d", estimate, measured)
        .isBetween(measured / FACTOR, measured * FACTOR);
    assertThat(MemoryEstimate.of(scenario).peakBytes()).isGreaterThanOrEqualTo(estimate);
  }

  private Scenario scenario(int people, String network, int degree, int brands) throws Exception {
    String graph =
        network.equals("complete")
            ? "{model: complete}"
            : network.equals("barabasi-albert")
                ? "{model: barabasi-albert, degree: " + degree + "}"
                : "{model: " + network + ", degree: " + degree + "}";
    StringBuilder yaml =
        new StringBuilder(
            "name: memory\ndays: 30\nseed: 3\naudience:\n  size: "
                + people
                + "\n  network: "
                + graph
                + "\nstrategies:\n  steady: {}\n");
    if (brands > 1) {
      yaml.append("brands:\n");
      for (int b = 0; b < brands; b++) {
        yaml.append("  - {name: b").append(b).append(b == 0 ? "}\n" : ", strategy: steady}\n");
      }
    }
    Path file = Files.writeString(dir.resolve("memory.yaml"), yaml.toString());
    return new ScenarioLoader().load(file);
  }

  /** Heap held by a started simulation, as {@link Bench} measures it. */
  private static long held(RunSpec spec) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    CommunitySimulation sim = new CommunitySimulation(spec);
    sim.start();
    long after = usedAfterGc(memory);
    java.lang.ref.Reference.reachabilityFence(sim);
    return Math.max(1, after - before);
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
