package badaboum.sweep.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LhsDesignTest {

  private static final List<Range> RANGES =
      List.of(
          Range.of("a", 0, 1),
          Range.of("platform.organic_reach", 0.02, 0.16),
          Range.of("strategies.boum.contests[0].prize", -50, 1000));

  @Property(tries = 200)
  void eachRangeHasExactlyOneSamplePerStratum(
      @ForAll @IntRange(min = 1, max = 300) int n, @ForAll long seed) {
    List<DesignPoint> points = new LhsDesign(n, seed).expand(new ArrayList<>(RANGES));

    assertThat(points).hasSize(n);
    for (Range range : RANGES) {
      List<Integer> strata = new ArrayList<>();
      for (DesignPoint point : points) {
        double value = (Double) point.value(range.path());
        assertThat(value).isBetween(range.min(), range.max());
        double unit = (value - range.min()) / (range.max() - range.min());
        strata.add((int) Math.min(n - 1, Math.floor(unit * n)));
      }
      Collections.sort(strata);
      assertThat(strata).as(range.path()).containsExactlyElementsOf(RandomDesignTest.range(n));
    }
  }

  @Property(tries = 100)
  void levelsAreDealtOutEvenly(
      @ForAll @IntRange(min = 1, max = 200) int n,
      @ForAll @IntRange(min = 1, max = 7) int m,
      @ForAll long seed) {
    List<Object> levels = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      levels.add("level" + i);
    }
    List<DesignPoint> points =
        new LhsDesign(n, seed).expand(List.of(new Levels("x", levels), Range.of("y", 0, 1)));

    for (Object level : levels) {
      long count = points.stream().filter(p -> p.value("x").equals(level)).count();
      assertThat(count).isBetween((long) (n / m), (long) ((n + m - 1) / m));
    }
  }

  @Test
  void sameSeedSamePointsOtherSeedOtherPoints() {
    List<Factor> factors = new ArrayList<>(RANGES);
    assertThat(new LhsDesign(40, 5).expand(factors))
        .isEqualTo(new LhsDesign(40, 5).expand(factors));
    assertThat(new LhsDesign(40, 5).expand(factors))
        .isNotEqualTo(new LhsDesign(40, 6).expand(factors));
  }

  @Test
  void stepsAreTreatedAsLevels() {
    List<DesignPoint> points =
        new LhsDesign(8, 1).expand(List.of(new Steps("audience.prize_seekers", 0.05, 0.35, 0.10)));

    assertThat(points)
        .extracting(p -> p.value("audience.prize_seekers"))
        .containsOnly(0.05, 0.15, 0.25, 0.35)
        .filteredOn(v -> v.equals(0.25))
        .hasSize(2);
  }
}
