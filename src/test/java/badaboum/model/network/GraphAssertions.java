package badaboum.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

/** Checks that tests share: the CSR invariants and textbook graph statistics. */
final class GraphAssertions {

  private GraphAssertions() {}

  /**
   * Offsets monotone, lists sorted strictly (no duplicates), no self-loops, every edge mirrored.
   */
  static void assertValidCsr(Graph graph) {
    int n = graph.size();
    int[] offsets = graph.offsets();
    int[] neighbors = graph.neighbors();
    assertThat(offsets).hasSize(n + 1);
    assertThat(offsets[0]).isZero();
    assertThat(offsets[n]).isEqualTo(neighbors.length);
    assertThat(neighbors.length % 2).as("each edge stored twice").isZero();
    for (int p = 0; p < n; p++) {
      assertThat(offsets[p + 1]).as("offsets of %d", p).isGreaterThanOrEqualTo(offsets[p]);
      assertThat(graph.degree(p)).isEqualTo(offsets[p + 1] - offsets[p]);
      for (int i = offsets[p]; i < offsets[p + 1]; i++) {
        int q = neighbors[i];
        assertThat(q).as("neighbour of %d", p).isBetween(0, n - 1).isNotEqualTo(p);
        if (i > offsets[p]) {
          assertThat(q).as("list of %d sorted, no repeats", p).isGreaterThan(neighbors[i - 1]);
        }
        assertThat(hasEdge(graph, q, p)).as("edge %d-%d mirrored", p, q).isTrue();
      }
    }
  }

  static boolean hasEdge(Graph graph, int a, int b) {
    int[] offsets = graph.offsets();
    return Arrays.binarySearch(graph.neighbors(), offsets[a], offsets[a + 1], b) >= 0;
  }

  /** Mean over people of degree 2 or more of the share of their friend pairs that are friends. */
  static double meanLocalClustering(Graph graph) {
    double sum = 0;
    int counted = 0;
    for (int p = 0; p < graph.size(); p++) {
      int degree = graph.degree(p);
      if (degree < 2) {
        continue;
      }
      long links = 0;
      for (int i = 0; i < degree; i++) {
        for (int j = i + 1; j < degree; j++) {
          if (hasEdge(graph, graph.neighbor(p, i), graph.neighbor(p, j))) {
            links++;
          }
        }
      }
      sum += links / (degree * (degree - 1) / 2.0);
      counted++;
    }
    return sum / counted;
  }

  static int maxDegree(Graph graph) {
    int max = 0;
    for (int p = 0; p < graph.size(); p++) {
      max = Math.max(max, graph.degree(p));
    }
    return max;
  }
}
