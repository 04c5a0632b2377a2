package badaboum.model.network;

import static badaboum.model.network.GraphAssertions.assertValidCsr;
import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * CSR invariants of every generator over random seeds and sizes. Kept apart from {@link
 * NetworkGeneratorsTest} because jqwik does not run properties inside JUnit {@code @Nested}
 * classes.
 */
class NetworkGeneratorsPropertiesTest {

  @Property(tries = 50)
  void erdosRenyiIsAValidCsrGraph(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int n,
      @ForAll @DoubleRange(min = 0, max = 1) double density) {
    Graph graph =
        NetworkGenerators.erdosRenyi(
            n, density * Math.max(0, n - 1), new MersenneTwisterFast(seed));
    assertThat(graph.size()).isEqualTo(n);
    assertValidCsr(graph);
  }

  @Property(tries = 50)
  void wattsStrogatzIsValidWithTheLatticeEdgeCount(
      @ForAll long seed,
      @ForAll @IntRange(min = 3, max = 200) int n,
      @ForAll @IntRange(min = 1, max = 20) int half,
      @ForAll @DoubleRange(min = 0, max = 1) double rewire) {
    int degree = 2 * Math.min(half, (n - 1) / 2);
    Graph graph = NetworkGenerators.wattsStrogatz(n, degree, rewire, new MersenneTwisterFast(seed));
    assertValidCsr(graph);
    assertThat(graph.edgeCount()).isEqualTo((long) n * degree / 2);
  }

  @Property(tries = 50)
  void barabasiAlbertIsValidWithTheExactEdgeCount(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 20) int degree,
      @ForAll @IntRange(min = 0, max = 300) int extra) {
    int m = Math.max(1, degree / 2);
    int n = m + 1 + extra;
    Graph graph = NetworkGenerators.barabasiAlbert(n, degree, new MersenneTwisterFast(seed));
    assertValidCsr(graph);
    assertThat(graph.edgeCount()).isEqualTo((long) m * (m + 1) / 2 + (long) (n - m - 1) * m);
    for (int p = 0; p < n; p++) {
      assertThat(graph.degree(p)).isGreaterThanOrEqualTo(m);
    }
  }
}
