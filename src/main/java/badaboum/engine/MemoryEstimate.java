package badaboum.engine;

import badaboum.result.DailyMetric;
import badaboum.scenario.NetworkModel;
import badaboum.scenario.NetworkSpec;
import badaboum.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

/**
 * The heap one run needs, worked out from the arrays the model allocates (structure of arrays
 * indexed by person id, a CSR friendship graph), so that {@code sweep --dry-run} can say it and an
 * out-of-memory error can say how much to give. The one place that knows these sizes: when the
 * model's arrays change, change the constants here; {@code MemoryEstimateTest} holds them to the
 * heap a started run really holds.
 *
 * @param heldBytes what a started run holds until it ends
 * @param peakBytes the most it holds at once, while the friendship graph is being built
 */
public record MemoryEstimate(long heldBytes, long peakBytes) {
  /**
   * The audience's traits (affinity, activity, prize seeker: 4 + 4 + 1) and the market's attention
   * of the day (two ints).
   */
  static final int BYTES_PER_PERSON = 17;

  /**
   * One brand's state of a person: state, active, how joined (1 byte each), nine day or count ints
   * (36), three floats (12), five indexed sets (a position int each, 20, and their members as they
   * fill), the slot of their ties (4), and the word-of-mouth frontier: friends still to tell (4)
   * and four bit rows (under a byte). The count of active friends (4 more) is kept only under the
   * Friendster rule.
   */
  static final int BYTES_PER_PERSON_AND_BRAND = 80;

  /** The CSR graph: an offset per person, and each undirected edge stored at both ends. */
  static final int CSR_BYTES_PER_PERSON = 4;

  static final int CSR_BYTES_PER_EDGE = 8;

  /**
   * What building the graph holds per edge at the worst moment: while rewiring, the far ends (an
   * int) and a hash set of edges (two to four longs, as its size is a power of two: the estimate
   * takes four); then the edge list (two ints), the far ends and the neighbour lists, before and
   * after duplicates are merged (two ints each).
   */
  static final int BUILD_BYTES_PER_EDGE = 36;

  /** Who is on a platform: the day a person arrives on it and the day they leave. */
  static final int BYTES_PER_PERSON_AND_PLATFORM = 2 * Integer.BYTES;

  /** The MASON schedule, random streams, strategies and small objects of one run. */
  static final long BYTES_PER_RUN = 6L << 20;

  /** Bytes of a line of an edge-list file, for guessing its edges from its size. */
  private static final int EDGE_LIST_LINE_BYTES = 12;

  /** The estimate for one run of {@code scenario} (one point of a sweep). */
  public static MemoryEstimate of(Scenario scenario) {
    long people = scenario.audience().size();
    long brands = scenario.brands().size();
    long platforms = scenario.platforms().size();
    // with several platforms: at most a page per brand and platform, and a row per platform
    long pages = brands * Math.max(1, platforms);
    long rows = brands * (1 + platforms);
    long edges = edges(scenario.audience().network(), people);
    long traces = rows * (scenario.days() + 1L) * DailyMetric.values().length * Double.BYTES;
    long traits = people * (BYTES_PER_PERSON + CSR_BYTES_PER_PERSON);
    long held =
        BYTES_PER_RUN
            + traits
            + edges * CSR_BYTES_PER_EDGE
            + people * pages * BYTES_PER_PERSON_AND_BRAND
            + people * platforms * BYTES_PER_PERSON_AND_PLATFORM
            + traces;
    long building = BYTES_PER_RUN + traits + edges * BUILD_BYTES_PER_EDGE;
    return new MemoryEstimate(held, Math.max(held, building));
  }

  /** Undirected friendship edges: people × degree ÷ 2, or guessed from an edge list's size. */
  static long edges(NetworkSpec network, long people) {
    if (network.model() == NetworkModel.COMPLETE) {
      return 0;
    }
    if (network.model() == NetworkModel.FILE) {
      try {
        return Files.size(network.file()) / EDGE_LIST_LINE_BYTES;
      } catch (IOException e) {
        return 0; // loading the scenario checks the file; no estimate is worth failing for
      }
    }
    return people * network.degree() / 2;
  }

  /** Runs at once: what they hold together. */
  public long peakBytes(int threads) {
    return peakBytes * threads;
  }

  /** A size in whole megabytes (or gigabytes, one decimal), for people. */
  public static String format(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%d MB", Math.max(1, (bytes + (1 << 20) - 1) >> 20));
  }

  /**
   * An {@code -Xmx} value that fits {@code threads} runs at their peak with room for the JVM and
   * the results being written: the peak plus half again and 256 MB, rounded up to whole gigabytes.
   */
  public String heapFor(int threads) {
    long bytes = peakBytes(threads) * 3 / 2 + (256L << 20);
    long gigabytes = Math.max(1, (bytes + (1L << 30) - 1) >> 30);
    return "-Xmx" + gigabytes + "g";
  }
}
