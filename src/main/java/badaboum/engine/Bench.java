package badaboum.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;

/**
 * Times runs of one arm on the calling thread, after a warm-up, and measures the heap a started
 * market holds per person. Figures to report, never to assert in a test.
 */
public final class Bench {
  private Bench() {}

  /** Timing and memory of one arm. */
  public record Result(
      double medianSeconds,
      double minSeconds,
      double maxSeconds,
      double personDaysPerSecond,
      double heapBytesPerPerson) {}

  public static Result measure(RunSpec spec, int warmup, int runs) {
    for (int i = 0; i < warmup; i++) {
      Simulation.run(spec);
    }
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Simulation.run(spec);
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    double median =
        runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
    double personDays = (double) spec.scenario().audience().size() * spec.scenario().days();
    return new Result(
        median, seconds[0], seconds[runs - 1], personDays / median, heapPerPerson(spec));
  }

  /** Heap held by a started simulation (audience, graph, brand state), per person. */
  private static double heapPerPerson(RunSpec spec) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    CommunitySimulation sim = new CommunitySimulation(spec);
    sim.start();
    long after = usedAfterGc(memory);
    java.lang.ref.Reference.reachabilityFence(sim);
    return Math.max(0, after - before) / (double) spec.scenario().audience().size();
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
