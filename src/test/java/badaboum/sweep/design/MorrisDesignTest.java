package badaboum.sweep.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MorrisDesignTest {

  /** k continuous ranges of assorted widths and offsets. */
  private static List<Factor> ranges(int k) {
    List<Factor> factors = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      factors.add(Range.of("f" + i, -0.3 * i, 0.1 + 7.0 * i));
    }
    return factors;
  }

  /** The point's coordinates back in normalised [0, 1] units. */
  private static double[] unit(DesignPoint point, List<Factor> factors) {
    double[] unit = new double[factors.size()];
    for (int i = 0; i < unit.length; i++) {
      Range range = (Range) factors.get(i);
      double value = (Double) point.value(range.path());
      assertThat(value).isBetween(range.min(), range.max());
      unit[i] = (value - range.min()) / (range.max() - range.min());
    }
    return unit;
  }

  @Property(tries = 200)
  void trajectoriesMoveOneFactorAtATimeByDelta(
      @ForAll @IntRange(min = 1, max = 12) int r,
      @ForAll @IntRange(min = 1, max = 8) int k,
      @ForAll @IntRange(min = 1, max = 4) int halfLevels,
      @ForAll long seed) {
    int p = 2 * halfLevels;
    double delta = p / (2.0 * (p - 1));
    List<Factor> factors = ranges(k);
    MorrisDesign design = new MorrisDesign(r, p, seed);
    List<DesignPoint> points = design.expand(factors);

    assertThat(design.delta()).isEqualTo(delta);
    assertThat(points).hasSize(r * (k + 1));
    for (int t = 0; t < r; t++) {
      List<DesignPoint> trajectory = points.subList(t * (k + 1), (t + 1) * (k + 1));
      boolean[] changed = new boolean[k];
      double[] previous = null;
      for (int s = 0; s <= k; s++) {
        DesignPoint point = trajectory.get(s);
        PointTag.Morris tag = (PointTag.Morris) point.tag();
        assertThat(tag.trajectory()).isEqualTo(t);
        assertThat(tag.step()).isEqualTo(s);
        double[] current = unit(point, factors);
        for (double x : current) { // on the p-level grid
          assertThat(x * (p - 1)).isCloseTo(Math.rint(x * (p - 1)), within(1e-9));
        }
        if (s == 0) {
          assertThat(tag.changedFactor()).isEqualTo(-1);
          assertThat(tag.delta()).isEqualTo(0.0);
        } else {
          int moved = -1;
          for (int i = 0; i < k; i++) {
            if (Math.abs(current[i] - previous[i]) > 1e-9) {
              assertThat(moved).as("only one factor moves").isEqualTo(-1);
              moved = i;
              assertThat(current[i] - previous[i]).isCloseTo(tag.delta(), within(1e-9));
            }
          }
          assertThat(moved).isEqualTo(tag.changedFactor());
          assertThat(Math.abs(tag.delta())).isEqualTo(delta);
          assertThat(changed[moved]).as("factor changes once").isFalse();
          changed[moved] = true;
        }
        previous = current;
      }
    }
  }

  @Test
  void startingLevelsCoverTheWholeGridAndBothDirectionsOccur() {
    List<DesignPoint> points = new MorrisDesign(200, 4, 11).expand(ranges(1));
    List<Long> startLevels = new ArrayList<>();
    int ups = 0;
    for (DesignPoint point : points) {
      PointTag.Morris tag = (PointTag.Morris) point.tag();
      if (tag.step() == 0) {
        startLevels.add(Math.round((Double) point.value("f0") / 0.1 * 3));
      } else if (tag.delta() > 0) {
        ups++;
      }
    }
    assertThat(startLevels).contains(0L, 1L, 2L, 3L);
    assertThat(ups).isBetween(60, 140);
  }

  @Test
  void sameSeedSamePointsOtherSeedOtherPoints() {
    assertThat(MorrisDesign.of(10, 3).expand(ranges(4)))
        .isEqualTo(MorrisDesign.of(10, 3).expand(ranges(4)));
    assertThat(MorrisDesign.of(10, 3).expand(ranges(4)))
        .isNotEqualTo(MorrisDesign.of(10, 4).expand(ranges(4)));
  }

  @Test
  void settingsAndFactorKindsAreChecked() {
    List<Factor> factors =
        List.of(
            Levels.of("management.kpi", "fans"),
            new Steps("audience.size", 1000, 5000, 1000),
            Range.of("platform.organic_reach", 0.02, 0.16));

    assertThatThrownBy(() -> new MorrisDesign(0, 5, 1).pointCount(factors))
        .isInstanceOfSatisfying(
            DesignException.class,
            e ->
                assertThat(e.messages())
                    .containsExactly(
                        "management.kpi: design morris needs {min, max} ranges, not a list of"
                            + " levels; vary levels with grid, random or lhs",
                        "audience.size: design morris needs {min, max} ranges, not"
                            + " {from, to, step}; write {min: 1000, max: 5000, integer: true}",
                        "design morris: trajectories must be >= 1, got 0; give the number r",
                        "design morris: levels must be an even number >= 2, got 5;"
                            + " Δ = p/(2(p-1)) lands on the grid only for even p (4 is usual)"));
    assertThat(MorrisDesign.of(20, 1).pointCount(ranges(5))).isEqualTo(120);
  }

  @Test
  void regroupsOutputsPerTrajectoryInStepOrder() {
    List<Factor> factors = ranges(3);
    List<DesignPoint> points = MorrisDesign.of(2, 9).expand(factors);
    double[] outputs = points.stream().mapToDouble(p -> 10.0 * p.index()).toArray();

    List<MorrisTrajectory> trajectories = MorrisTrajectory.regroup(points, outputs);

    assertThat(trajectories).hasSize(2);
    MorrisTrajectory second = trajectories.get(1);
    assertThat(second.trajectory()).isEqualTo(1);
    assertThat(second.outputs()).containsExactly(40, 50, 60, 70);
    assertThat(second.changedFactors()[0]).isEqualTo(-1);
    assertThat(second.changedFactors())
        .containsExactly(
            points.subList(4, 8).stream()
                .mapToInt(p -> ((PointTag.Morris) p.tag()).changedFactor())
                .toArray());
    assertThat(second.deltas()[0]).isEqualTo(0.0);
    for (int s = 1; s <= 3; s++) {
      assertThat(Math.abs(second.deltas()[s])).isEqualTo(2.0 / 3);
    }
  }
}
