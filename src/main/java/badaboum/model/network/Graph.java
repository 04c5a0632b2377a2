package badaboum.model.network;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * An immutable undirected friendship graph over person ids {@code 0..size()-1}.
 *
 * <p>Edges are stored in compressed sparse row form: the neighbours of person {@code p} are {@code
 * neighbors()[offsets()[p]]} up to (excluded) {@code neighbors()[offsets()[p + 1]]}, sorted
 * ascending, without self-loops or duplicates; each undirected edge appears in both endpoints'
 * lists. 100,000 people of degree 10 take about 4.4 MB.
 *
 * <p>{@link #complete(int)} stands for complete mixing and stores no edges at all: every person is
 * everyone else's neighbour, which the accessors answer arithmetically.
 */
public final class Graph {

  private final int size;

  /** Null for a complete graph, which stores no edges. */
  private final int[] offsets;

  /** Null for a complete graph, which stores no edges. */
  private final int[] neighbors;

  private Graph(int size, int[] offsets, int[] neighbors) {
    this.size = size;
    this.offsets = offsets;
    this.neighbors = neighbors;
  }

  /**
   * Wraps CSR arrays without copying or checking them; only {@link GraphBuilder} calls this, and it
   * guarantees the invariants stated in the class comment.
   */
  static Graph fromTrustedCsr(int[] offsets, int[] neighbors) {
    return new Graph(offsets.length - 1, offsets, neighbors);
  }

  /**
   * Complete mixing among {@code size} people: each is linked to every other one, yet nothing is
   * stored, so a million people cost nothing.
   *
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static Graph complete(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("a complete graph needs a size of 0 or more, got " + size);
    }
    return new Graph(size, null, null);
  }

  /** Number of people, ids {@code 0..size()-1}. */
  public int size() {
    return size;
  }

  /** True for complete mixing ({@link #complete(int)}), where no edges are stored. */
  public boolean isComplete() {
    return offsets == null;
  }

  /** Number of friends of {@code person}. */
  public int degree(int person) {
    checkPerson(person);
    if (offsets == null) {
      return size - 1;
    }
    return offsets[person + 1] - offsets[person];
  }

  /**
   * The {@code k}-th friend of {@code person} in ascending id order, {@code 0 <= k <
   * degree(person)}.
   */
  public int neighbor(int person, int k) {
    int degree = degree(person);
    if (k < 0 || k >= degree) {
      throw new IndexOutOfBoundsException(
          "person " + person + " has " + degree + " neighbours, no neighbour number " + k);
    }
    if (offsets == null) {
      return k < person ? k : k + 1;
    }
    return neighbors[offsets[person] + k];
  }

  /** A uniformly random friend of {@code person}, or -1 if {@code person} has none. */
  public int randomNeighbor(int person, MersenneTwisterFast rng) {
    int degree = degree(person);
    if (degree == 0) {
      return -1;
    }
    int k = rng.nextInt(degree);
    if (offsets == null) {
      return k < person ? k : k + 1;
    }
    return neighbors[offsets[person] + k];
  }

  /** Number of undirected edges; a long because complete mixing of 100,000 people has 5·10⁹. */
  public long edgeCount() {
    if (offsets == null) {
      return (long) size * (size - 1) / 2;
    }
    return neighbors.length / 2;
  }

  /** Mean number of friends per person; 0 for an empty graph. */
  public double meanDegree() {
    return size == 0 ? 0.0 : 2.0 * edgeCount() / size;
  }

  /**
   * The CSR offsets, length {@code size() + 1}, returned without copying for fast loops: callers
   * must not modify the array.
   *
   * @throws IllegalStateException for a complete graph, which stores no edges
   */
  public int[] offsets() {
    requireStored();
    return offsets;
  }

  /**
   * The CSR neighbour lists, length {@code 2 * edgeCount()}, returned without copying for fast
   * loops: callers must not modify the array.
   *
   * @throws IllegalStateException for a complete graph, which stores no edges
   */
  public int[] neighbors() {
    requireStored();
    return neighbors;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Graph)) {
      return false;
    }
    Graph that = (Graph) other;
    return size == that.size
        && Arrays.equals(offsets, that.offsets)
        && Arrays.equals(neighbors, that.neighbors);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * size + Arrays.hashCode(offsets)) + Arrays.hashCode(neighbors);
  }

  @Override
  public String toString() {
    return (isComplete() ? "complete " : "")
        + "Graph[size="
        + size
        + ", edges="
        + edgeCount()
        + ", meanDegree="
        + meanDegree()
        + "]";
  }

  private void checkPerson(int person) {
    if (person < 0 || person >= size) {
      throw new IndexOutOfBoundsException(
          "person " + person + " is not in this graph (ids 0 to " + (size - 1) + ")");
    }
  }

  private void requireStored() {
    if (offsets == null) {
      throw new IllegalStateException(
          "a complete graph stores no edges; check isComplete() before asking for CSR arrays");
    }
  }
}
