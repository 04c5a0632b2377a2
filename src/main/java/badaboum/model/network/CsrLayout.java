package badaboum.model.network;

import java.util.Arrays;

/**
 * Lays undirected edges out in compressed sparse row form, in the arrays the {@link Graph} will
 * keep: the edges are given twice, once to count each person's ends ({@link #count}), once to place
 * them ({@link #place}). Nothing else is allocated: the offsets serve as the cursors of the rows
 * while they fill, and {@link #build} sorts each row and squeezes out repeated edges where it lies.
 * Rows fill in the order edges are placed, so a generator that places them in ascending order
 * (Erdős–Rényi, Watts–Strogatz) leaves rows that are already sorted. Memory is the graph's own, 4
 * bytes per person and 8 per edge, and time linear in people and edges (plus sorting each row).
 */
final class CsrLayout {
  private final int size;
  private final int[] offsets;
  private int[] neighbors;
  private long ends;
  private boolean placing;

  CsrLayout(int size) {
    this.size = size;
    this.offsets = new int[size + 1];
  }

  /** First pass: an edge between {@code a} and {@code b}. */
  void count(int a, int b) {
    offsets[a + 1]++;
    offsets[b + 1]++;
    ends += 2;
  }

  /** Second pass, the same edges again, in any order. */
  void place(int a, int b) {
    if (!placing) {
      startPlacing();
    }
    // offsets[p] moves from the start of row p to its end, the start of row p + 1
    neighbors[offsets[a]++] = b;
    neighbors[offsets[b]++] = a;
  }

  /** The graph, once every edge counted has been placed. */
  Graph build() {
    if (!placing) {
      startPlacing();
    }
    // offsets[p] is now the end of row p: shift the rows' ends into place
    System.arraycopy(offsets, 0, offsets, 1, size);
    offsets[0] = 0;
    return Graph.fromTrustedCsr(offsets, sortAndMergeRepeats());
  }

  private void startPlacing() {
    if (ends > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many edges for one graph: " + ends / 2);
    }
    for (int p = 0; p < size; p++) {
      offsets[p + 1] += offsets[p];
    }
    neighbors = new int[(int) ends];
    placing = true;
  }

  /** Sorts each row and keeps one copy of each friend, rewriting the offsets in place. */
  private int[] sortAndMergeRepeats() {
    int write = 0;
    int start = 0;
    for (int p = 0; p < size; p++) {
      int end = offsets[p + 1];
      Arrays.sort(neighbors, start, end);
      offsets[p] = write;
      for (int i = start; i < end; i++) {
        if (i == start || neighbors[i] != neighbors[i - 1]) {
          neighbors[write++] = neighbors[i];
        }
      }
      start = end;
    }
    offsets[size] = write;
    // repeats come only from edge lists that name an edge twice: then, and only then, a copy
    return write == neighbors.length ? neighbors : Arrays.copyOf(neighbors, write);
  }
}
