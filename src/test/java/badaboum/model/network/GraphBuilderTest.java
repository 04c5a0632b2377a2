package badaboum.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class GraphBuilderTest {

  @Test
  void duplicatesInEitherDirectionBecomeOneEdge() {
    Graph graph =
        new GraphBuilder(3).addEdge(0, 1).addEdge(1, 0).addEdge(0, 1).addEdge(2, 1).build();
    assertThat(graph.edgeCount()).isEqualTo(2);
    assertThat(graph.neighbors()).containsExactly(1, 0, 2, 1);
    GraphAssertions.assertValidCsr(graph);
  }

  @Test
  void noEdgesGivesIsolatedPeople() {
    Graph graph = new GraphBuilder(4).build();
    assertThat(graph.edgeCount()).isZero();
    assertThat(graph.offsets()).containsExactly(0, 0, 0, 0, 0);
    assertThat(new GraphBuilder(0).build().size()).isZero();
  }

  @Test
  void selfLoopsAndUnknownPeopleAreRefusedNotDropped() {
    GraphBuilder builder = new GraphBuilder(3);
    assertThatThrownBy(() -> builder.addEdge(1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("edge 1-1 links a person to itself; graphs have no self-loops");
    assertThatThrownBy(() -> builder.addEdge(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person 3 is outside the graph (ids 0 to 2)");
    assertThatThrownBy(() -> builder.addEdge(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person -1 is outside the graph (ids 0 to 2)");
  }

  @Test
  void growsPastItsInitialCapacity() {
    GraphBuilder builder = new GraphBuilder(1000, 1);
    for (int p = 1; p < 1000; p++) {
      builder.addEdge(0, p);
    }
    Graph star = builder.build();
    assertThat(star.degree(0)).isEqualTo(999);
    assertThat(star.edgeCount()).isEqualTo(999);
    GraphAssertions.assertValidCsr(star);
  }

  /** Whatever edges go in, the graph holds exactly their set, as a sorted-set model says. */
  @Property(tries = 200)
  void buildsExactlyTheSetOfEdgesAdded(
      @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 29) Integer> ends) {
    int n = 30;
    GraphBuilder builder = new GraphBuilder(n);
    List<TreeSet<Integer>> model = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      model.add(new TreeSet<>());
    }
    for (int i = 0; i + 1 < ends.size(); i += 2) {
      int a = ends.get(i);
      int b = ends.get(i + 1);
      if (a != b) {
        builder.addEdge(a, b);
        model.get(a).add(b);
        model.get(b).add(a);
      }
    }
    Graph graph = builder.build();
    GraphAssertions.assertValidCsr(graph);
    for (int p = 0; p < n; p++) {
      List<Integer> listed = new ArrayList<>();
      for (int k = 0; k < graph.degree(p); k++) {
        listed.add(graph.neighbor(p, k));
      }
      assertThat(listed).containsExactlyElementsOf(model.get(p));
    }
  }
}
