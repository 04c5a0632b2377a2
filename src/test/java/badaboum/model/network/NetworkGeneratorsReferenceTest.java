package badaboum.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The generators draw exactly the graphs of their textbook procedures written plainly, with an edge
 * list, a hash set of the edges present and {@link GraphBuilder}: the same stream gives the same
 * arrays. The generators themselves keep no edge list and no hash set, so that large audiences fit
 * in memory; this says that nothing else changed.
 */
class NetworkGeneratorsReferenceTest {

  @Property(tries = 100)
  void wattsStrogatzIsTheRewiredLattice(
      @ForAll long seed,
      @ForAll @IntRange(min = 3, max = 120) int n,
      @ForAll @IntRange(min = 1, max = 20) int half,
      @ForAll @DoubleRange(min = 0, max = 1) double rewire) {
    int degree = 2 * Math.min(half, (n - 1) / 2);
    assertThat(NetworkGenerators.wattsStrogatz(n, degree, rewire, new MersenneTwisterFast(seed)))
        .isEqualTo(wattsStrogatz(n, degree, rewire, new MersenneTwisterFast(seed)));
  }

  @Property(tries = 100)
  void erdosRenyiIsTheSkippedPairs(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int n,
      @ForAll @DoubleRange(min = 0, max = 1) double density) {
    double meanDegree = density * Math.max(0, n - 1);
    MersenneTwisterFast stream = new MersenneTwisterFast(seed);
    MersenneTwisterFast referenceStream = new MersenneTwisterFast(seed);
    assertThat(NetworkGenerators.erdosRenyi(n, meanDegree, stream))
        .isEqualTo(erdosRenyi(n, meanDegree, referenceStream));
    assertThat(stream.stateEquals(referenceStream))
        .as("the stream is left as one pass leaves it")
        .isTrue();
  }

  @Property(tries = 100)
  void barabasiAlbertIsThePreferentialAttachment(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 20) int degree,
      @ForAll @IntRange(min = 0, max = 300) int extra) {
    int n = Math.max(1, degree / 2) + 1 + extra;
    assertThat(NetworkGenerators.barabasiAlbert(n, degree, new MersenneTwisterFast(seed)))
        .isEqualTo(barabasiAlbert(n, degree, new MersenneTwisterFast(seed)));
  }

  /**
   * Watts and Strogatz (1998): edges (u, u + j), j outer and u inner, far end rewired; the edges to
   * rewire found by geometric jumps, one draw each, as for G(n, p).
   */
  static Graph wattsStrogatz(int n, int degree, double rewire, MersenneTwisterFast rng) {
    int half = degree / 2;
    int[] far = new int[n * half];
    Set<Long> present = new HashSet<>();
    for (int j = 1; j <= half; j++) {
      for (int u = 0; u < n; u++) {
        far[(j - 1) * n + u] = (u + j) % n;
        present.add(key(u, (u + j) % n));
      }
    }
    double logStay = Math.log1p(-rewire);
    for (long e = jump(rng, rewire, logStay); e < far.length; e += 1 + jump(rng, rewire, logStay)) {
      int u = (int) (e % n);
      for (int tries = 0; tries < NetworkGenerators.MAX_REWIRE_TRIES; tries++) {
        int w = rng.nextInt(n);
        if (w != u && !present.contains(key(u, w))) {
          present.remove(key(u, far[(int) e]));
          present.add(key(u, w));
          far[(int) e] = w;
          break;
        }
      }
    }
    GraphBuilder builder = new GraphBuilder(n);
    for (int e = 0; e < far.length; e++) {
      builder.addEdge(e % n, far[e]);
    }
    return builder.build();
  }

  /** Batagelj and Brandes (2005), G(n, p): geometric jumps over the pairs with no edge. */
  static Graph erdosRenyi(int n, double meanDegree, MersenneTwisterFast rng) {
    GraphBuilder builder = new GraphBuilder(n);
    double p = n < 2 ? 0 : meanDegree / (n - 1);
    if (p == 0) {
      return builder.build();
    }
    double logNoEdge = Math.log1p(-p);
    int v = 1;
    long w = -1;
    while (v < n) {
      double skip =
          logNoEdge == Double.NEGATIVE_INFINITY
              ? 0
              : Math.floor(Math.log1p(-rng.nextDouble()) / logNoEdge);
      w += 1 + (long) Math.min(skip, (double) n * n);
      while (w >= v && v < n) {
        w -= v;
        v++;
      }
      if (v < n) {
        builder.addEdge(v, (int) w);
      }
    }
    return builder.build();
  }

  /** Barabási and Albert (1999), drawing targets from the list of edge ends so far. */
  static Graph barabasiAlbert(int n, int degree, MersenneTwisterFast rng) {
    int m = Math.max(1, degree / 2);
    GraphBuilder builder = new GraphBuilder(n);
    int[] ends = new int[2 * (m * (m + 1) / 2 + (n - m - 1) * m)];
    int length = 0;
    for (int a = 0; a <= m; a++) {
      for (int b = a + 1; b <= m; b++) {
        builder.addEdge(a, b);
        ends[length++] = a;
        ends[length++] = b;
      }
    }
    for (int v = m + 1; v < n; v++) {
      int existing = length;
      Set<Integer> chosen = new HashSet<>();
      while (chosen.size() < m) {
        int target = ends[rng.nextInt(existing)];
        if (chosen.add(target)) {
          builder.addEdge(v, target);
          ends[length++] = v;
          ends[length++] = target;
        }
      }
    }
    return builder.build();
  }

  /** Lattice edges kept before the next one rewired; none rewired without rewiring. */
  private static long jump(MersenneTwisterFast rng, double rewire, double logStay) {
    if (rewire == 0) {
      return Long.MAX_VALUE / 2;
    }
    if (rewire == 1) {
      return 0;
    }
    return (long) Math.floor(Math.log1p(-rng.nextDouble()) / logStay);
  }

  private static long key(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }
}
