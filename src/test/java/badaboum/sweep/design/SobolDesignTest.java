package badaboum.sweep.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class SobolDesignTest {

  private static final List<Factor> FACTORS =
      List.of(
          Range.of("a", 0, 10),
          Range.of("platform.organic_reach", 0.02, 0.16),
          Range.ofIntegers("community.active_window", 1, 60));

  private static final int K = 3;

  @Test
  void saltelliSchemeHasNTimesKPlusTwoPointsInItsOrder() {
    List<DesignPoint> points = new SobolDesign(8).expand(FACTORS);

    assertThat(points).hasSize(8 * (K + 2));
    assertThat(new SobolDesign(8).pointCount(FACTORS)).isEqualTo(40);
    assertThat(points.subList(0, 5))
        .extracting(DesignPoint::tag)
        .containsExactly(
            new PointTag.Sobol(PointTag.Sobol.Role.A, 0, -1),
            new PointTag.Sobol(PointTag.Sobol.Role.B, 0, -1),
            new PointTag.Sobol(PointTag.Sobol.Role.AB, 0, 0),
            new PointTag.Sobol(PointTag.Sobol.Role.AB, 0, 1),
            new PointTag.Sobol(PointTag.Sobol.Role.AB, 0, 2));
    assertThat(points.get(39).tag()).isEqualTo(new PointTag.Sobol(PointTag.Sobol.Role.AB, 7, 2));
  }

  @Test
  void eachABRowIsARowOfAWithOneColumnFromB() {
    List<DesignPoint> points = new SobolDesign(16).expand(FACTORS);

    for (int j = 0; j < 16; j++) {
      DesignPoint a = points.get(j * (K + 2));
      DesignPoint b = points.get(j * (K + 2) + 1);
      for (int i = 0; i < K; i++) {
        DesignPoint ab = points.get(j * (K + 2) + 2 + i);
        for (int c = 0; c < K; c++) {
          String path = FACTORS.get(c).path();
          assertThat(ab.value(path)).isEqualTo(c == i ? b.value(path) : a.value(path));
        }
      }
    }
  }

  @Test
  void firstBaseRowIsTheSequencesSecondPointScaled() {
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * K);
    sequence.nextVector();
    double[] second = sequence.nextVector();
    List<DesignPoint> points = new SobolDesign(1).expand(FACTORS);

    for (int i = 0; i < K; i++) {
      Range range = (Range) FACTORS.get(i);
      assertThat(points.get(0).value(range.path())).isEqualTo(range.valueAt(second[i]));
      assertThat(points.get(1).value(range.path())).isEqualTo(range.valueAt(second[K + i]));
    }
    // Known answer: the second Sobol point is the centre of the cube in every dimension.
    assertThat(points.get(0).value("a")).isEqualTo(5.0);
    assertThat(points.get(0).value("platform.organic_reach")).isEqualTo(0.09);
    assertThat(points.get(1).value("community.active_window")).isEqualTo(31L);
  }

  @Test
  void onlyRangesAreAccepted() {
    List<Factor> factors =
        List.of(
            Levels.of("management.kpi", "fans", "active_members"),
            new Steps("audience.prize_seekers", 0.05, 0.35, 0.10),
            new Steps("audience.size", 1000, 5000, 1000));

    assertThat(new SobolDesign(0).problems(factors))
        .extracting(DesignProblem::toString)
        .containsExactly(
            "management.kpi: design sobol needs {min, max} ranges, not a list of levels;"
                + " vary levels with grid, random or lhs",
            "audience.prize_seekers: design sobol needs {min, max} ranges, not {from, to, step};"
                + " write {min: 0.05, max: 0.35}",
            "audience.size: design sobol needs {min, max} ranges, not {from, to, step};"
                + " write {min: 1000, max: 5000, integer: true}",
            "design sobol: n must be >= 1, got 0; give the number of base samples");
  }

  @Test
  void tooManyFactorsForTheDirectionNumbers() {
    List<Factor> factors = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      factors.add(Range.of("f" + i, 0, 1));
    }

    assertThatThrownBy(() -> new SobolDesign(4).expand(factors))
        .isInstanceOf(DesignException.class)
        .hasMessage(
            "design sobol takes at most 500 factors, got 501; screen them first with morris");
  }

  @Test
  void aHugeNIsRefusedBeforeAllocating() {
    assertThat(new SobolDesign(Integer.MAX_VALUE).problems(FACTORS))
        .extracting(DesignProblem::toString)
        .containsExactly(
            "design sobol has n·(k+2) = 10,737,418,235 points, more than 2,147,483,647;"
                + " use a smaller n");
  }

  @Test
  void regroupsOutputsByTagWhateverTheOrder() {
    List<DesignPoint> points = new ArrayList<>(new SobolDesign(4).expand(FACTORS));
    Collections.reverse(points);
    double[] outputs = points.stream().mapToDouble(DesignPoint::index).toArray();

    SobolOutputs grouped = SobolOutputs.regroup(points, outputs);

    assertThat(grouped.baseCount()).isEqualTo(4);
    assertThat(grouped.factorCount()).isEqualTo(K);
    assertThat(grouped.fA()).containsExactly(0, 5, 10, 15);
    assertThat(grouped.fB()).containsExactly(1, 6, 11, 16);
    assertThat(grouped.fAB()[0]).containsExactly(2, 7, 12, 17);
    assertThat(grouped.fAB()[2]).containsExactly(4, 9, 14, 19);
  }

  @Test
  void regroupRefusesIncompleteOrForeignPoints() {
    List<DesignPoint> points = new SobolDesign(2).expand(FACTORS);
    List<DesignPoint> missingOne = points.subList(0, points.size() - 1);
    List<DesignPoint> repeated = new ArrayList<>(missingOne);
    repeated.add(points.get(0));

    assertThatThrownBy(() -> SobolOutputs.regroup(missingOne, new double[9]))
        .hasMessage("9 points do not make n·(k+2) for n = 2, k = 3");
    assertThatThrownBy(() -> SobolOutputs.regroup(repeated, new double[10]))
        .hasMessage("two points are tagged Sobol[role=A, base=0, factor=-1]");
    assertThatThrownBy(() -> SobolOutputs.regroup(points, new double[3]))
        .hasMessage("10 points but 3 outputs; give one output per point");
    assertThatThrownBy(
            () -> SobolOutputs.regroup(new RandomDesign(1, 1).expand(FACTORS), new double[1]))
        .hasMessage("point 0 is not a Sobol point: None[]");
  }
}
