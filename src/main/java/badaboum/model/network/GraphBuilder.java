package badaboum.model.network;

import java.util.Arrays;

/**
 * Collects undirected edges and turns them into a {@link Graph}.
 *
 * <p>Edges are kept in two growable int arrays, and {@link #build()} lays them out by a counting
 * sort into CSR ({@link CsrLayout}), sorts each neighbour list and merges duplicates, so the result
 * depends only on the edges added, never on hashing. Duplicate edges, in either direction, are
 * merged into one; nothing else is dropped: a self-loop or an id outside {@code 0..size-1} is
 * refused when added.
 */
public final class GraphBuilder {

  /** Each edge is stored twice in CSR, and Java arrays hold at most about 2^31 entries. */
  static final int MAX_EDGES = (Integer.MAX_VALUE - 8) / 2;

  private final int size;
  private int[] from;
  private int[] to;
  private int edgeCount;

  /** A builder for {@code size} people and no edges yet. */
  public GraphBuilder(int size) {
    this(size, 16);
  }

  /**
   * A builder for {@code size} people that has room for {@code expectedEdges} edges before it
   * grows.
   */
  public GraphBuilder(int size, int expectedEdges) {
    if (size < 0) {
      throw new IllegalArgumentException("a graph needs a size of 0 or more, got " + size);
    }
    if (expectedEdges < 0) {
      throw new IllegalArgumentException(
          "expected edge count must be 0 or more, got " + expectedEdges);
    }
    this.size = size;
    this.from = new int[Math.max(1, Math.min(expectedEdges, MAX_EDGES))];
    this.to = new int[from.length];
  }

  /** Number of people in the graph being built. */
  public int size() {
    return size;
  }

  /**
   * Adds the undirected edge {@code a}–{@code b}; adding an edge twice (either way round) is
   * allowed and yields one edge.
   *
   * @throws IllegalArgumentException if {@code a == b} or either id is outside {@code 0..size-1}
   */
  public GraphBuilder addEdge(int a, int b) {
    checkPerson(a);
    checkPerson(b);
    if (a == b) {
      throw new IllegalArgumentException(
          "edge " + a + "-" + b + " links a person to itself; graphs have no self-loops");
    }
    if (edgeCount == from.length) {
      grow();
    }
    from[edgeCount] = a;
    to[edgeCount] = b;
    edgeCount++;
    return this;
  }

  /** The graph of the edges added so far; the builder stays usable. */
  public Graph build() {
    CsrLayout layout = new CsrLayout(size);
    for (int e = 0; e < edgeCount; e++) {
      layout.count(from[e], to[e]);
    }
    for (int e = 0; e < edgeCount; e++) {
      layout.place(from[e], to[e]);
    }
    return layout.build();
  }

  private void grow() {
    int capacity = (int) Math.min(MAX_EDGES, 2L * from.length);
    if (capacity == from.length) {
      throw new IllegalStateException("too many edges for one graph: " + edgeCount);
    }
    from = Arrays.copyOf(from, capacity);
    to = Arrays.copyOf(to, capacity);
  }

  private void checkPerson(int person) {
    if (person < 0 || person >= size) {
      throw new IllegalArgumentException(
          "person " + person + " is outside the graph (ids 0 to " + (size - 1) + ")");
    }
  }
}
