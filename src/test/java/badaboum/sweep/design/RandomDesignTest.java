package badaboum.sweep.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomDesignTest {

  private static final List<Factor> FACTORS =
      List.of(
          Range.of("platform.organic_reach", 0.02, 0.16),
          Range.ofIntegers("community.active_window", 1, 6),
          Levels.of("management.kpi", "fans", "active_members"),
          new Steps("audience.prize_seekers", 0.05, 0.35, 0.10));

  @Test
  void everyValueIsWithinItsFactorAndEveryChoiceOccurs() {
    List<DesignPoint> points = new RandomDesign(2000, 7).expand(FACTORS);

    assertThat(points).hasSize(2000);
    assertThat(points).extracting(DesignPoint::index).containsExactlyElementsOf(range(2000));
    assertThat(points)
        .extracting(p -> (Double) p.value("platform.organic_reach"))
        .allSatisfy(v -> assertThat(v).isBetween(0.02, 0.16));
    assertThat(points)
        .extracting(p -> p.value("community.active_window"))
        .containsOnly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(points)
        .extracting(p -> p.value("management.kpi"))
        .containsOnly("fans", "active_members");
    assertThat(points)
        .extracting(p -> p.value("audience.prize_seekers"))
        .containsOnly(0.05, 0.15, 0.25, 0.35);
    assertThat(points.get(0).values().keySet())
        .containsExactly(
            "platform.organic_reach",
            "community.active_window",
            "management.kpi",
            "audience.prize_seekers");
  }

  @Test
  void sameSeedSamePointsOtherSeedOtherPoints() {
    assertThat(new RandomDesign(50, 2012).expand(FACTORS))
        .isEqualTo(new RandomDesign(50, 2012).expand(FACTORS));
    assertThat(new RandomDesign(50, 2012).expand(FACTORS))
        .isNotEqualTo(new RandomDesign(50, 2013).expand(FACTORS));
  }

  @Test
  void nMustBePositive() {
    assertThatThrownBy(() -> new RandomDesign(0, 1).pointCount(FACTORS))
        .isInstanceOf(DesignException.class)
        .hasMessage("design random: n must be >= 1, got 0; give the number of points to draw");
    assertThat(new RandomDesign(25, 1).pointCount(FACTORS)).isEqualTo(25);
  }

  /** 0, 1, ..., n-1. */
  static List<Integer> range(int n) {
    return IntStream.range(0, n).boxed().collect(Collectors.toList());
  }
}
