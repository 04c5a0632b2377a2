package badaboum.model.network;

import ec.util.MersenneTwisterFast;

/**
 * Random friendship graphs, each a pure function of its arguments and the state of the random
 * stream passed in: the same seed gives the same arrays.
 *
 * <p>Each runs in time and memory linear in people and edges, with no boxed collection: the edges
 * go straight into the graph's CSR arrays ({@link CsrLayout}), so that 20 million people of degree
 * 12 need little more than the 1 GB the graph itself takes.
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
   * G(n, p)), instead of tossing a coin for each of the n(n-1)/2 pairs. The edges are drawn twice
   * from the same state of the stream, once to count each person's friends and once to place them,
   * so that no edge list is held beside the graph.
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
    CsrLayout layout = new CsrLayout(n);
    if (p > 0) {
      double logNoEdge = Math.log1p(-p);
      drawErdosRenyi(n, logNoEdge, (MersenneTwisterFast) rng.clone(), layout::count);
      drawErdosRenyi(n, logNoEdge, rng, layout::place);
    }
    return layout.build();
  }

  /** Where a generator's edges go: counted, then placed. */
  private interface Edges {
    void add(int a, int b);
  }

  private static void drawErdosRenyi(
      int n, double logNoEdge, MersenneTwisterFast rng, Edges edges) {
    // Pairs (v, w) with w < v are visited row by row; each draw jumps over the next run of
    // non-edges, whose length is geometric with parameter p.
    int v = 1;
    long w = -1;
    while (v < n) {
      w += 1 + skip(rng, logNoEdge, n);
      while (w >= v && v < n) {
        w -= v;
        v++;
      }
      if (v < n) {
        edges.add(v, (int) w);
      }
    }
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
   * <p>Whether u and w are already friends is read from the edges themselves, with no hash set
   * ({@link WattsStrogatz}).
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
    WattsStrogatz graph = new WattsStrogatz(n, half);
    if (rewire > 0) {
      graph.rewire(rewire, MAX_REWIRE_TRIES, rng);
    }
    return graph.graph();
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
    // endpoints[2e] and endpoints[2e + 1] are the ends of edge e: the edge list, and the urn
    int[] endpoints = new int[2 * edges];
    int length = 0;
    for (int a = 0; a <= m; a++) {
      for (int b = a + 1; b <= m; b++) {
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
        endpoints[length++] = v;
        endpoints[length++] = target;
      }
    }
    CsrLayout layout = new CsrLayout(n);
    for (int e = 0; e < length; e += 2) {
      layout.count(endpoints[e], endpoints[e + 1]);
    }
    for (int e = 0; e < length; e += 2) {
      layout.place(endpoints[e], endpoints[e + 1]);
    }
    return layout.build();
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
