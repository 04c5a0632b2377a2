package badaboum.model.network;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * Watts–Strogatz in memory and time linear in people and edges, for {@link
 * NetworkGenerators#wattsStrogatz}. Each person's lattice edges are held as their far ends, side by
 * side ({@code far[u * half + j - 1]} for u's edge to u + j); rewiring moves far ends; then the
 * graph's rows are written one after the other, each from the lattice edges that reach the person
 * from behind, their own far ends and the rewired edges that end at them. No hash set, no edge
 * list: beside the graph only the far ends (4 bytes per edge) and the rewired edges (8 bytes each,
 * twice, while they are sorted).
 */
final class WattsStrogatz {
  private final int n;
  private final int half;
  private final int[] far;

  /** The ring lattice: each person linked to the {@code half} people after them. */
  WattsStrogatz(int n, int half) {
    this.n = n;
    this.half = half;
    this.far = new int[n * half];
    for (int u = 0; u < n; u++) {
      for (int j = 1; j <= half; j++) {
        far[u * half + j - 1] = (u + j) % n;
      }
    }
  }

  /**
   * Each lattice edge (u, u + j), for j = 1..half and within j for u = 0..n-1, has its far end
   * moved with probability {@code rewire} to a uniformly random w that is neither u nor a friend of
   * u, drawn up to {@code maxTries} times. The edges to move are found by geometric jumps over
   * those that stay, one draw per moved edge rather than one per edge.
   */
  void rewire(double rewire, int maxTries, MersenneTwisterFast rng) {
    long[] rewiredEnds = new long[(n + 63) >>> 6]; // people a rewired edge ends at, one bit each
    double logStay = Math.log1p(-rewire);
    long edges = (long) n * half;
    for (long e = jump(rng, logStay); e < edges; e += 1 + jump(rng, logStay)) {
      int j = (int) (e / n) + 1;
      int u = (int) (e % n);
      for (int tries = 0; tries < maxTries; tries++) {
        int w = rng.nextInt(n);
        if (w != u && !linked(u, w, rewiredEnds)) {
          far[u * half + j - 1] = w;
          rewiredEnds[w >>> 6] |= 1L << w;
          break;
        }
      }
    }
  }

  /** Edges that stay before the next one to move: geometric, capped so the sum cannot overflow. */
  private static long jump(MersenneTwisterFast rng, double logStay) {
    if (logStay == Double.NEGATIVE_INFINITY) { // rewire == 1: every edge moves
      return 0;
    }
    return (long) Math.min(Math.floor(Math.log1p(-rng.nextDouble()) / logStay), 1L << 53);
  }

  /**
   * Whether u and w are friends: an edge of u ends at w, or one of w ends at u. Every edge is one
   * of the lattice edges of one of its ends, so the two rows of far ends say it all; and an edge of
   * w can end at u only if u follows w on the ring within {@code half}, or if a rewired edge ends
   * at u, so w's row, a read anywhere in memory, is looked at only then.
   */
  private boolean linked(int u, int w, long[] rewiredEnds) {
    if (endsAt(u, w)) {
      return true;
    }
    int ahead = u >= w ? u - w : u - w + n; // how far u follows w around the ring
    boolean couldEndAtU = ahead <= half || (rewiredEnds[u >>> 6] & (1L << u)) != 0;
    return couldEndAtU && endsAt(w, u);
  }

  private boolean endsAt(int near, int end) {
    int from = near * half;
    for (int k = from; k < from + half; k++) {
      if (far[k] == end) {
        return true;
      }
    }
    return false;
  }

  /** The graph, its rows written in order: no write lands far from the one before. */
  Graph graph() {
    long[] gained = rewiredByFarEnd();
    int[] offsets = new int[n + 1];
    int[] neighbors = new int[2 * far.length];
    int write = 0;
    int g = 0;
    for (int p = 0; p < n; p++) {
      offsets[p] = write;
      for (int k = half; k >= 1; k--) { // lattice edges from behind, unless rewired away
        int u = p >= k ? p - k : p - k + n;
        if (far[u * half + k - 1] == p) {
          neighbors[write++] = u;
        }
      }
      for (int j = 0; j < half; j++) {
        neighbors[write++] = far[p * half + j];
      }
      for (; g < gained.length && (int) (gained[g] >>> 32) == p; g++) {
        neighbors[write++] = (int) gained[g];
      }
      Arrays.sort(neighbors, offsets[p], write); // nearly sorted: a pass
    }
    offsets[n] = write;
    return Graph.fromTrustedCsr(offsets, neighbors);
  }

  /** Rewired edges as (far end << 32 | near end), ordered by far end. */
  private long[] rewiredByFarEnd() {
    int count = 0;
    for (int u = 0, e = 0; u < n; u++) {
      for (int j = 1; j <= half; j++, e++) {
        if (far[e] != (u + j) % n) {
          count++;
        }
      }
    }
    long[] gained = new long[count];
    count = 0;
    for (int u = 0, e = 0; u < n; u++) {
      for (int j = 1; j <= half; j++, e++) {
        if (far[e] != (u + j) % n) {
          gained[count++] = (long) far[e] << 32 | u;
        }
      }
    }
    sortByHighInt(gained, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
    return gained;
  }

  /**
   * Sorts keys by their upper 32 bits, which are below 2^{@code bits}: a least-significant-digit
   * radix sort, 13 bits a pass, whose 8,192 write positions stay in cache however many keys.
   */
  static void sortByHighInt(long[] keys, int bits) {
    final int digitBits = 13;
    long[] from = keys;
    long[] to = new long[keys.length];
    for (int shift = 32; shift < 32 + bits; shift += digitBits) {
      int[] next = new int[(1 << digitBits) + 1];
      int mask = (1 << digitBits) - 1;
      for (long key : from) {
        next[((int) (key >>> shift) & mask) + 1]++;
      }
      for (int d = 0; d < 1 << digitBits; d++) {
        next[d + 1] += next[d];
      }
      for (long key : from) {
        to[next[(int) (key >>> shift) & mask]++] = key;
      }
      long[] sorted = to;
      to = from;
      from = sorted;
    }
    if (from != keys) {
      System.arraycopy(from, 0, keys, 0, keys.length);
    }
  }
}
