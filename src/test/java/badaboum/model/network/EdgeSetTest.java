package badaboum.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EdgeSetTest {

  @Test
  void edgesHaveNoDirection() {
    EdgeSet edges = new EdgeSet(4);
    assertThat(edges.add(3, 7)).isTrue();
    assertThat(edges.add(7, 3)).isFalse();
    assertThat(edges.contains(7, 3)).isTrue();
    assertThat(edges.remove(7, 3)).isTrue();
    assertThat(edges.contains(3, 7)).isFalse();
    assertThat(edges.remove(3, 7)).isFalse();
  }

  /** Random adds and removes on a tiny id range (many collisions) agree with a HashSet model. */
  @Property(tries = 300)
  void agreesWithAModelSet(
      @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 15) Integer> operations) {
    EdgeSet edges = new EdgeSet(1);
    Set<Long> model = new HashSet<>();
    for (int i = 0; i + 2 < operations.size(); i += 3) {
      int a = operations.get(i);
      int b = operations.get(i + 1);
      long key = Math.min(a, b) * 100L + Math.max(a, b);
      if (operations.get(i + 2) % 3 == 0) {
        assertThat(edges.remove(a, b)).isEqualTo(model.remove(key));
      } else {
        assertThat(edges.add(a, b)).isEqualTo(model.add(key));
      }
    }
    for (int a = 0; a < 16; a++) {
      for (int b = 0; b < 16; b++) {
        long key = Math.min(a, b) * 100L + Math.max(a, b);
        assertThat(edges.contains(a, b)).isEqualTo(model.contains(key));
      }
    }
  }
}
