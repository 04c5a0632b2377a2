package badaboum.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import badaboum.model.network.Graph;
import badaboum.model.network.NetworkGenerators;
import ec.util.MersenneTwisterFast;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AudienceSampleTest {
  final Graph smallWorld =
      NetworkGenerators.wattsStrogatz(5000, 12, 0.1, new MersenneTwisterFast(3));

  @Test
  void drawsANeighbourhoodWithExactlyTheFriendshipsAmongIt() {
    AudienceSample sample = AudienceSample.of(smallWorld, 300, 42);
    assertThat(sample.size()).isEqualTo(300);
    assertThat(sample.population()).isEqualTo(5000);
    Set<Integer> people = new HashSet<>();
    for (int i = 0; i < sample.size(); i++) {
      people.add(sample.person(i));
    }
    assertThat(people).hasSize(300);
    Set<Long> drawn = new HashSet<>();
    for (int e = 0; e < sample.edgeCount(); e++) {
      int a = sample.person(sample.edgeFrom(e));
      int b = sample.person(sample.edgeTo(e));
      assertThat(friends(a, b)).as("%d-%d is a friendship", a, b).isTrue();
      drawn.add(key(a, b));
    }
    long expected = 0;
    for (int a : people) {
      for (int k = 0; k < smallWorld.degree(a); k++) {
        int b = smallWorld.neighbor(a, k);
        if (a < b && people.contains(b)) {
          expected++;
          assertThat(drawn).contains(key(a, b));
        }
      }
    }
    assertThat(sample.edgeCount()).isEqualTo((int) expected);
    // a neighbourhood, not a scatter: most people drawn have friends drawn
    assertThat(sample.edgeCount()).isGreaterThan(2 * sample.size());
  }

  @Test
  void isTheSameForTheSameSeedAndLiesInTheUnitDisc() {
    AudienceSample a = AudienceSample.of(smallWorld, 200, 7);
    AudienceSample b = AudienceSample.of(smallWorld, 200, 7);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.person(i)).isEqualTo(b.person(i));
      assertThat(a.x(i)).isEqualTo(b.x(i));
      assertThat(a.y(i)).isEqualTo(b.y(i));
      assertThat(Math.hypot(a.x(i), a.y(i))).isLessThanOrEqualTo(1.0);
    }
    assertThat(AudienceSample.of(smallWorld, 200, 8).person(0)).isNotEqualTo(a.person(0));
  }

  @Test
  void underCompleteMixingIsARandomSampleWithoutLines() {
    AudienceSample sample = AudienceSample.of(Graph.complete(100_000), 400, 1);
    assertThat(sample.size()).isEqualTo(400);
    assertThat(sample.edgeCount()).isZero();
    Set<Integer> people = new HashSet<>();
    for (int i = 0; i < sample.size(); i++) {
      people.add(sample.person(i));
    }
    assertThat(people).hasSize(400);
  }

  @Test
  void takesEveryoneInASmallMarketAndNeedsAtLeastOnePerson() {
    AudienceSample sample = AudienceSample.of(Graph.complete(50), 400, 1);
    assertThat(sample.size()).isEqualTo(50);
    assertThatThrownBy(() -> AudienceSample.of(smallWorld, 0, 1))
        .hasMessageContaining("at least one person");
  }

  private boolean friends(int a, int b) {
    for (int k = 0; k < smallWorld.degree(a); k++) {
      if (smallWorld.neighbor(a, k) == b) {
        return true;
      }
    }
    return false;
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
