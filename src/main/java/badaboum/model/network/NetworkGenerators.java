package badaboum.model.network;

import ec.util.MersenneTwisterFast;

/**
 * Random friendship graphs, each a pure function of its arguments and the state of the random
 * stream passed in: the same seed gives the same arrays.
 */
public final class NetworkGenerators {

  /** Draws of a rewired end before Watts–Strogatz gives up and keeps the lattice edge. */
  static final int MAX_REWIRE_TRIES = 100;

  private NetworkGenerators() {}

  /**
   * Erdős–Rényi G(n, p) with {@code p = meanDegree / (n - 1)}: every pair of people is linked
   * independently with probability p.
   *
   * <p>Runs in O(n + m) by jumping over the pairs that get no edge with geometrically distributed
   * skips (Batagelj and Brandes 2005, "Efficient generation of large random networks", algorithm
   * G(n, p)), instead of tossing a coin for each of the n(n-1)/2 pairs.
   *
   * @throws IllegalArgumentException unless {@code n >= 0} and {@code 0 <= meanDegree <= n - 1}
   */
  public static Graph erdosRenyi(int n, double meanDegree, MersenneTwisterFast rng) {
    if (n < 0) {
      throw new IllegalArgumentException("Erdős–Rényi needs n >= 0 people, got " + n);
    }
    if (!(meanDegree >= 0 && meanDegree <= Math.max(0, n - 1))) {
      throw new IllegalArgumentException(
          "Erdős–Rényi mean degree must be between 0 and n - 1 = "
              + Math.max(0, n - 1)
              + ", got "
              + meanDegree);
    }
    double p = n < 2 ? 0 : meanDegree / (n - 1);
    long expectedEdges = Math.round(p * n * (n - 1.0) / 2);
    GraphBuilder builder =
        new GraphBuilder(n, (int) Math.min(expectedEdges + 16, GraphBuilder.MAX_EDGES));
    if (p == 0) {
      return builder.build();
    }
    // Pairs (v, w) with w < v are visited row by row; each draw jumps over the next run of
    // non-edges, whose length is geometric with parameter p.
    double logNoEdge = Math.log1p(-p);
    int v = 1;
    long w = -1;
    while (v < n) {
      w += 1 + skip(rng, logNoEdge, n);
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

  /** Pairs without an edge before the next edge, capped so the sum cannot overflow a long. */
  private static long skip(MersenneTwisterFast rng, double logNoEdge, int n) {
    if (logNoEdge == Double.NEGATIVE_INFINITY) { // p == 1: no pair is skipped
      return 0;
    }
    double skip = Math.floor(Math.log1p(-rng.nextDouble()) / logNoEdge);
    return (long) Math.min(skip, (double) n * n);
  }

  /**
   * Watts–Strogatz small world: a ring where each person is linked to the {@code degree / 2}
   * nearest people on each side, then each lattice edge (u, u + j) has its far end moved, with
   * probability {@code rewire}, to a uniformly random person w that is neither u nor already a
   * friend of u. Edges are visited for j = 1..degree/2 and, within j, for u = 0..n-1, as in Watts
   * and Strogatz (1998). If {@value #MAX_REWIRE_TRIES} draws find no valid w the edge is kept, so
   * the graph always has exactly {@code n * degree / 2} edges and mean degree {@code degree}.
   *
   * @throws IllegalArgumentException unless {@code degree} is even, {@code 2 <= degree < n}, and
   *     {@code 0 <= rewire <= 1}
   */
  public static Graph wattsStrogatz(int n, int degree, double rewire, MersenneTwisterFast rng) {
    if (degree < 2 || degree % 2 != 0 || degree >= n) {
      throw new IllegalArgumentException(
          "Watts–Strogatz degree must be even, at least 2 and below the number of people ("
              + n
              + "), got "
              + degree);
    }
    if (!(rewire >= 0 && rewire <= 1)) {
      throw new IllegalArgumentException(
          "Watts–Strogatz rewire probability must be between 0 and 1, got " + rewire);
    }
    int half = degree / 2;
    if ((long) n * half > GraphBuilder.MAX_EDGES) {
      throw new IllegalArgumentException(
          "Watts–Strogatz with n = " + n + " and degree " + degree + " has too many edges");
    }
    int edges = n * half;
    // Edge number (j - 1) * n + u joins near[e] = u and far[e], initially u + j around the ring.
    int[] far = new int[edges];
    for (int j = 1; j <= half; j++) {
      for (int u = 0; u < n; u++) {
        far[(j - 1) * n + u] = (u + j) % n;
      }
    }
    if (rewire > 0) {
      rewireFarEnds(n, half, rewire, far, rng);
    }
    GraphBuilder builder = new GraphBuilder(n, edges);
    for (int e = 0; e < edges; e++) {
      builder.addEdge(e % n, far[e]);
    }
    return builder.build();
  }

  private static void rewireFarEnds(
      int n, int half, double rewire, int[] far, MersenneTwisterFast rng) {
    EdgeSet present = new EdgeSet(far.length);
    for (int e = 0; e < far.length; e++) {
      present.add(e % n, far[e]);
    }
    for (int e = 0; e < far.length; e++) {
      if (!rng.nextBoolean(rewire)) {
        continue;
      }
      int u = e % n;
      for (int tries = 0; tries < MAX_REWIRE_TRIES; tries++) {
        int w = rng.nextInt(n);
        if (w != u && !present.contains(u, w)) {
          present.remove(u, far[e]);
          present.add(u, w);
          far[e] = w;
          break;
        }
      }
    }
  }

  /**
   * Barabási–Albert preferential attachment: starting from a clique of m + 1 people, with {@code m
   * = max(1, degree / 2)}, each next person links to m distinct earlier people chosen with
   * probability proportional to their degree. Degrees are sampled by drawing from the list of all
   * edge endpoints so far, where each person appears once per edge (Batagelj and Brandes 2005). The
   * graph has exactly m(m+1)/2 + (n-m-1)·m edges, mean degree close to 2m (an odd {@code degree} is
   * rounded down), and a heavy-tailed degree distribution.
   *
   * @throws IllegalArgumentException unless {@code degree >= 1} and {@code n >= m + 1}
   */
  public static Graph barabasiAlbert(int n, int degree, MersenneTwisterFast rng) {
    if (degree < 1) {
      throw new IllegalArgumentException(
          "Barabási–Albert degree must be at least 1, got " + degree);
    }
    int m = Math.max(1, degree / 2);
    if (n < m + 1) {
      throw new IllegalArgumentException(
          "Barabási–Albert with degree "
              + degree
              + " starts from a clique of "
              + (m + 1)
              + " people, more than the "
              + n
              + " people asked for; lower the degree or raise the size");
    }
    long edgeCount = (long) m * (m + 1) / 2 + (long) (n - m - 1) * m;
    if (edgeCount > GraphBuilder.MAX_EDGES) {
      throw new IllegalArgumentException(
          "Barabási–Albert with n = " + n + " and degree " + degree + " has too many edges");
    }
    int edges = (int) edgeCount;
    GraphBuilder builder = new GraphBuilder(n, edges);
    int[] endpoints = new int[2 * edges];
    int length = 0;
    for (int a = 0; a <= m; a++) {
      for (int b = a + 1; b <= m; b++) {
        builder.addEdge(a, b);
        endpoints[length++] = a;
        endpoints[length++] = b;
      }
    }
    int[] targets = new int[m];
    for (int v = m + 1; v < n; v++) {
      int existing = length; // v's own edges must not raise the odds of its later targets
      for (int i = 0; i < m; i++) {
        int target;
        do {
          target = endpoints[rng.nextInt(existing)];
        } while (contains(targets, i, target));
        targets[i] = target;
        builder.addEdge(v, target);
        endpoints[length++] = v;
        endpoints[length++] = target;
      }
    }
    return builder.build();
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }
}
