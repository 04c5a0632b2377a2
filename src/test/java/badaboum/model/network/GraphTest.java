package badaboum.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

class GraphTest {

  /** 0-1, 0-2, 1-2 (a triangle) and 2-3; person 4 alone. */
  private final Graph small =
      new GraphBuilder(5).addEdge(0, 1).addEdge(2, 0).addEdge(1, 2).addEdge(3, 2).build();

  @Test
  void storedGraphAnswersFromItsCsrArrays() {
    assertThat(small.isComplete()).isFalse();
    assertThat(small.size()).isEqualTo(5);
    assertThat(small.edgeCount()).isEqualTo(4);
    assertThat(small.meanDegree()).isEqualTo(8.0 / 5);
    assertThat(small.offsets()).containsExactly(0, 2, 4, 7, 8, 8);
    assertThat(small.neighbors()).containsExactly(1, 2, 0, 2, 0, 1, 3, 2);
    assertThat(small.degree(2)).isEqualTo(3);
    assertThat(small.neighbor(2, 0)).isEqualTo(0);
    assertThat(small.neighbor(2, 2)).isEqualTo(3);
    GraphAssertions.assertValidCsr(small);
  }

  @Test
  void randomNeighborOfLonelyPersonIsMinusOne() {
    assertThat(small.randomNeighbor(4, new MersenneTwisterFast(1))).isEqualTo(-1);
    assertThat(Graph.complete(1).randomNeighbor(0, new MersenneTwisterFast(1))).isEqualTo(-1);
  }

  @Test
  void randomNeighborDrawsOnlyFriendsAndAllOfThem() {
    MersenneTwisterFast rng = new MersenneTwisterFast(7);
    int[] counts = new int[5];
    for (int i = 0; i < 3000; i++) {
      counts[small.randomNeighbor(2, rng)]++;
    }
    assertThat(counts[2]).isZero();
    assertThat(counts[4]).isZero();
    assertThat(counts[0]).isBetween(900, 1100);
    assertThat(counts[1]).isBetween(900, 1100);
    assertThat(counts[3]).isBetween(900, 1100);
  }

  @Test
  void outOfRangeQueriesSayWhatIsWrong() {
    assertThatThrownBy(() -> small.degree(5))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("person 5 is not in this graph (ids 0 to 4)");
    assertThatThrownBy(() -> small.neighbor(2, 3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("person 2 has 3 neighbours, no neighbour number 3");
  }

  @Test
  void completeGraphStoresNothingButActsComplete() {
    Graph complete = Graph.complete(100_000);
    assertThat(complete.isComplete()).isTrue();
    assertThat(complete.size()).isEqualTo(100_000);
    assertThat(complete.degree(42)).isEqualTo(99_999);
    assertThat(complete.edgeCount()).isEqualTo(4_999_950_000L);
    assertThat(complete.meanDegree()).isEqualTo(99_999.0);
    assertThatThrownBy(complete::offsets)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "a complete graph stores no edges; check isComplete() before asking for CSR arrays");
    assertThatThrownBy(complete::neighbors).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void completeGraphListsEveryOtherPersonInIdOrder() {
    Graph complete = Graph.complete(5);
    int[] others = new int[4];
    for (int k = 0; k < 4; k++) {
      others[k] = complete.neighbor(2, k);
    }
    assertThat(others).containsExactly(0, 1, 3, 4);
    assertThat(complete.neighbor(0, 0)).isEqualTo(1);
    assertThat(complete.neighbor(4, 3)).isEqualTo(3);
  }

  @Test
  void completeGraphRandomNeighborIsUniformOverOthers() {
    int n = 10;
    int draws = 90_000;
    int person = 3;
    Graph complete = Graph.complete(n);
    MersenneTwisterFast rng = new MersenneTwisterFast(2024);
    long[] counts = new long[n];
    for (int i = 0; i < draws; i++) {
      counts[complete.randomNeighbor(person, rng)]++;
    }
    assertThat(counts[person]).isZero();
    double expected = draws / (n - 1.0);
    double chiSquare = 0;
    for (int q = 0; q < n; q++) {
      if (q != person) {
        chiSquare += (counts[q] - expected) * (counts[q] - expected) / expected;
      }
    }
    // 8 degrees of freedom: P(chi-square > 26.12) = 0.001.
    assertThat(chiSquare).isLessThan(26.12);
  }

  @Test
  void equalGraphsAreEqual() {
    Graph same =
        new GraphBuilder(5).addEdge(3, 2).addEdge(1, 2).addEdge(0, 2).addEdge(0, 1).build();
    assertThat(same).isEqualTo(small).hasSameHashCodeAs(small);
    assertThat(Graph.complete(5)).isEqualTo(Graph.complete(5)).isNotEqualTo(small);
    assertThat(Graph.complete(5)).hasToString("complete Graph[size=5, edges=10, meanDegree=4.0]");
  }
}
