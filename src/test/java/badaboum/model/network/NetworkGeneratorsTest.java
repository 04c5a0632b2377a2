package badaboum.model.network;

import static badaboum.model.network.GraphAssertions.assertValidCsr;
import static badaboum.model.network.GraphAssertions.hasEdge;
import static badaboum.model.network.GraphAssertions.maxDegree;
import static badaboum.model.network.GraphAssertions.meanLocalClustering;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkGeneratorsTest {

  private static MersenneTwisterFast rng(long seed) {
    return new MersenneTwisterFast(seed);
  }

  @Nested
  class ErdosRenyi {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20240501})
    void meanDegreeAndEdgeCountMatchGnp(long seed) {
      int n = 20_000;
      double meanDegree = 10;
      Graph graph = NetworkGenerators.erdosRenyi(n, meanDegree, rng(seed));
      double pairs = n * (n - 1.0) / 2;
      double p = meanDegree / (n - 1);
      double edgeSd = Math.sqrt(pairs * p * (1 - p)); // about 316
      assertThat((double) graph.edgeCount()).isCloseTo(p * pairs, within(4 * edgeSd));
      assertThat(graph.meanDegree()).isCloseTo(meanDegree, within(4 * 2 * edgeSd / n));
      assertValidCsr(graph);
    }

    @Test
    void degreesHaveTheBinomialVariance() {
      int n = 20_000;
      Graph graph = NetworkGenerators.erdosRenyi(n, 10, rng(5));
      double mean = graph.meanDegree();
      double sumSquares = 0;
      for (int p = 0; p < n; p++) {
        sumSquares += (graph.degree(p) - mean) * (graph.degree(p) - mean);
      }
      double p = 10.0 / (n - 1);
      assertThat(sumSquares / n).isCloseTo((n - 1) * p * (1 - p), within(0.5));
    }

    /** Skipping must neither favour nor miss any pair: each pair appears with probability p. */
    @Test
    void everyPairIsLinkedWithProbabilityP() {
      int n = 6;
      int runs = 20_000;
      double p = 0.3;
      MersenneTwisterFast rng = rng(99);
      int[][] counts = new int[n][n];
      for (int run = 0; run < runs; run++) {
        Graph graph = NetworkGenerators.erdosRenyi(n, p * (n - 1), rng);
        for (int a = 0; a < n; a++) {
          for (int k = 0; k < graph.degree(a); k++) {
            counts[a][graph.neighbor(a, k)]++;
          }
        }
      }
      double sd = Math.sqrt(runs * p * (1 - p)); // about 65
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          assertThat((double) counts[a][b])
              .as("pair %d-%d", a, b)
              .isCloseTo(runs * p, within(5 * sd));
        }
      }
    }

    @Test
    void extremesAreEmptyAndComplete() {
      assertThat(NetworkGenerators.erdosRenyi(50, 0, rng(1)).edgeCount()).isZero();
      Graph full = NetworkGenerators.erdosRenyi(50, 49, rng(1));
      assertThat(full.edgeCount()).isEqualTo(50 * 49 / 2);
      assertValidCsr(full);
      assertThat(NetworkGenerators.erdosRenyi(1, 0, rng(1)).edgeCount()).isZero();
    }

    @Test
    void refusesImpossibleMeanDegree() {
      assertThatThrownBy(() -> NetworkGenerators.erdosRenyi(10, 9.5, rng(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Erdős–Rényi mean degree must be between 0 and n - 1 = 9, got 9.5");
      assertThatThrownBy(() -> NetworkGenerators.erdosRenyi(10, Double.NaN, rng(1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class WattsStrogatz {

    @Test
    void withoutRewiringItIsTheRingLattice() {
      int n = 1000;
      int k = 10;
      Graph graph = NetworkGenerators.wattsStrogatz(n, k, 0, rng(3));
      for (int u = 0; u < n; u++) {
        assertThat(graph.degree(u)).isEqualTo(k);
        for (int j = 1; j <= k / 2; j++) {
          assertThat(hasEdge(graph, u, (u + j) % n)).isTrue();
        }
      }
      assertThat(meanLocalClustering(graph))
          .isCloseTo(3.0 * (k - 2) / (4.0 * (k - 1)), within(1e-12));
      assertValidCsr(graph);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 2024})
    void rewiringKeepsEdgeCountAndMeanDegreeAndMovesAboutTheRewiredShare(long seed) {
      int n = 10_000;
      int k = 10;
      double rewire = 0.2;
      Graph graph = NetworkGenerators.wattsStrogatz(n, k, rewire, rng(seed));
      assertValidCsr(graph);
      assertThat(graph.edgeCount()).isEqualTo(n * k / 2);
      assertThat(graph.meanDegree()).isEqualTo(k);
      int offLattice = 0;
      for (int u = 0; u < n; u++) {
        for (int i = 0; i < graph.degree(u); i++) {
          int v = graph.neighbor(u, i);
          int ringDistance = Math.min(Math.abs(u - v), n - Math.abs(u - v));
          if (u < v && ringDistance > k / 2) {
            offLattice++;
          }
        }
      }
      // Binomial(50,000, 0.2): 10,000 ± 89; few rewired ends land back on the lattice.
      assertThat(offLattice).isBetween(9_700, 10_300);
      assertThat(meanLocalClustering(graph)).isLessThan(3.0 * (k - 2) / (4.0 * (k - 1)));
    }

    @Test
    void fullRewiringOfADenseGraphKeepsEdgesWhenNoFreeEndExists() {
      // n = 5, degree 4 is complete: no end can move, so every edge is kept.
      Graph graph = NetworkGenerators.wattsStrogatz(5, 4, 1, rng(1));
      assertThat(graph.edgeCount()).isEqualTo(10);
      assertValidCsr(graph);
    }

    @Test
    void refusesOddOrTooLargeDegree() {
      assertThatThrownBy(() -> NetworkGenerators.wattsStrogatz(100, 5, 0.1, rng(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Watts–Strogatz degree must be even, at least 2 and below the number of people"
                  + " (100), got 5");
      assertThatThrownBy(() -> NetworkGenerators.wattsStrogatz(10, 10, 0.1, rng(1)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> NetworkGenerators.wattsStrogatz(10, 4, 1.5, rng(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Watts–Strogatz rewire probability must be between 0 and 1, got 1.5");
    }
  }

  @Nested
  class BarabasiAlbert {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void hasAHeavyTail(long seed) {
      int n = 10_000;
      Graph graph = NetworkGenerators.barabasiAlbert(n, 10, rng(seed));
      assertThat(graph.edgeCount()).isEqualTo(15 + (n - 6) * 5L);
      assertThat(maxDegree(graph)).isGreaterThan((int) (5 * graph.meanDegree()));
    }

    @Test
    void degreeOneGrowsATree() {
      Graph tree = NetworkGenerators.barabasiAlbert(500, 1, rng(4));
      assertThat(tree.edgeCount()).isEqualTo(499);
      assertValidCsr(tree);
    }

    @Test
    void refusesAStartingCliqueLargerThanTheAudience() {
      assertThatThrownBy(() -> NetworkGenerators.barabasiAlbert(5, 10, rng(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Barabási–Albert with degree 10 starts from a clique of 6 people, more than the 5"
                  + " people asked for; lower the degree or raise the size");
      assertThatThrownBy(() -> NetworkGenerators.barabasiAlbert(5, 0, rng(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Barabási–Albert degree must be at least 1, got 0");
    }
  }

  @Nested
  class Determinism {

    @Test
    void sameSeedGivesIdenticalArrays() {
      assertSameArrays(
          NetworkGenerators.erdosRenyi(5000, 8, rng(11)),
          NetworkGenerators.erdosRenyi(5000, 8, rng(11)));
      assertSameArrays(
          NetworkGenerators.wattsStrogatz(5000, 8, 0.3, rng(11)),
          NetworkGenerators.wattsStrogatz(5000, 8, 0.3, rng(11)));
      assertSameArrays(
          NetworkGenerators.barabasiAlbert(5000, 8, rng(11)),
          NetworkGenerators.barabasiAlbert(5000, 8, rng(11)));
    }

    @Test
    void differentSeedsGiveDifferentGraphs() {
      assertThat(NetworkGenerators.erdosRenyi(5000, 8, rng(11)))
          .isNotEqualTo(NetworkGenerators.erdosRenyi(5000, 8, rng(12)));
      assertThat(NetworkGenerators.wattsStrogatz(5000, 8, 0.3, rng(11)))
          .isNotEqualTo(NetworkGenerators.wattsStrogatz(5000, 8, 0.3, rng(12)));
      assertThat(NetworkGenerators.barabasiAlbert(5000, 8, rng(11)))
          .isNotEqualTo(NetworkGenerators.barabasiAlbert(5000, 8, rng(12)));
    }

    private void assertSameArrays(Graph first, Graph second) {
      assertThat(second.offsets()).isEqualTo(first.offsets());
      assertThat(second.neighbors()).isEqualTo(first.neighbors());
    }
  }
}
