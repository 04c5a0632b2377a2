package badaboum.sweep.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GridDesignTest {

  private static final GridDesign GRID = new GridDesign(1_000_000);

  private static final List<Factor> KPI_BY_PRIZE_SEEKERS =
      List.of(
          Levels.of("management.kpi", "fans", "active_members"),
          new Steps("audience.prize_seekers", 0.05, 0.25, 0.10));

  @Test
  void twoByThreeInOdometerOrderWithTheLastFactorFastest() {
    List<DesignPoint> points = GRID.expand(KPI_BY_PRIZE_SEEKERS);

    assertThat(points)
        .extracting(point -> point.index() + " " + point.values())
        .containsExactly(
            "0 {management.kpi=fans, audience.prize_seekers=0.05}",
            "1 {management.kpi=fans, audience.prize_seekers=0.15}",
            "2 {management.kpi=fans, audience.prize_seekers=0.25}",
            "3 {management.kpi=active_members, audience.prize_seekers=0.05}",
            "4 {management.kpi=active_members, audience.prize_seekers=0.15}",
            "5 {management.kpi=active_members, audience.prize_seekers=0.25}");
    assertThat(points).extracting(DesignPoint::tag).containsOnly(PointTag.None.INSTANCE);
    assertThat(GRID.pointCount(KPI_BY_PRIZE_SEEKERS)).isEqualTo(6);
  }

  @Test
  void threeFactorsFollowMixedRadixOrder() {
    List<Factor> factors =
        List.of(
            new Steps("a", 0, 1, 1), new Steps("b", 0, 2, 1), Levels.of("c", "x", "y", "z", "w"));
    List<DesignPoint> points = GRID.expand(factors);

    assertThat(points).hasSize(2 * 3 * 4);
    for (DesignPoint point : points) {
      long a = (Long) point.value("a");
      long b = (Long) point.value("b");
      int c = List.of("x", "y", "z", "w").indexOf(point.value("c"));
      assertThat(point.index()).isEqualTo((a * 3 + b) * 4 + c);
    }
  }

  @Test
  void aGridAboveTheCallersLimitIsRefusedWithItsSize() {
    List<Factor> factors =
        List.of(new Steps("audience.size", 1, 1000, 1), new Steps("days", 1, 2000, 1));

    assertThatThrownBy(() -> GRID.pointCount(factors))
        .isInstanceOf(DesignException.class)
        .hasMessage(
            "design grid has 2,000,000 points, more than the limit of 1,000,000;"
                + " vary fewer levels, or sample with random or lhs");
  }

  @Test
  void rangesAreRefused() {
    List<Factor> factors = List.of(Range.of("audience.prize_seekers", 0.05, 0.35));

    assertThat(GRID.problems(factors))
        .containsExactly(
            new DesignProblem(
                "audience.prize_seekers",
                "design grid needs a list of levels or {from, to, step}, not a {min, max} range;"
                    + " add a step, or use random, lhs, sobol or morris"));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    List<Factor> factors =
        List.of(
            Levels.of("management.kpi", "fans"),
            new Steps("audience.prize_seekers", 0.05, 0.35, -0.1),
            Levels.of("management.kpi", "active_members"),
            Levels.of(" ", 1),
            Range.of("platform.organic_reach", 0.02, 0.16));

    assertThatThrownBy(() -> GRID.expand(factors))
        .isInstanceOfSatisfying(
            DesignException.class,
            e ->
                assertThat(e.messages())
                    .containsExactly(
                        "audience.prize_seekers: step must be > 0, got -0.1",
                        "management.kpi: varied twice; vary each parameter once",
                        "factor 4 has an empty path; name the parameter to vary,"
                            + " e.g. audience.prize_seekers",
                        "platform.organic_reach: design grid needs a list of levels or"
                            + " {from, to, step}, not a {min, max} range;"
                            + " add a step, or use random, lhs, sobol or morris"));
  }

  @Test
  void noFactorsIsRefused() {
    assertThat(GRID.problems(List.of()))
        .extracting(DesignProblem::toString)
        .containsExactly("design grid needs at least one factor to vary");
  }

  @Test
  void theLimitItselfMustBePositive() {
    assertThatThrownBy(() -> new GridDesign(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPoints must be >= 1, got 0");
  }
}
