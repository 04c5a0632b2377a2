package badaboum.sweep.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins a few seeded points. A change here means the draw order changed, so results published with
 * an earlier version could no longer be reproduced from their seed: change it on purpose only.
 */
class DeterminismPinTest {

  private static final Range REACH = Range.of("platform.organic_reach", 0.02, 0.16);
  private static final Range WINDOW = Range.ofIntegers("community.active_window", 7, 60);
  private static final Levels KPI = Levels.of("management.kpi", "fans", "active_members");

  @Test
  void randomDesign() {
    assertThat(new RandomDesign(3, 2012).expand(List.of(REACH, WINDOW, KPI)))
        .extracting(point -> point.values().toString())
        .containsExactly(
            "{platform.organic_reach=0.06514754186673943, community.active_window=28,"
                + " management.kpi=fans}",
            "{platform.organic_reach=0.11541571748361952, community.active_window=49,"
                + " management.kpi=active_members}",
            "{platform.organic_reach=0.06995977589076378, community.active_window=27,"
                + " management.kpi=fans}");
  }

  @Test
  void latinHypercube() {
    assertThat(new LhsDesign(3, 2012).expand(List.of(REACH, WINDOW, KPI)))
        .extracting(point -> point.values().toString())
        .containsExactly(
            "{platform.organic_reach=0.13172010878357204, community.active_window=13,"
                + " management.kpi=active_members}",
            "{platform.organic_reach=0.02404978441901861, community.active_window=49,"
                + " management.kpi=fans}",
            "{platform.organic_reach=0.08935688182279289, community.active_window=33,"
                + " management.kpi=fans}");
  }

  @Test
  void morrisTrajectory() {
    assertThat(MorrisDesign.of(1, 2012).expand(List.of(REACH, WINDOW)))
        .extracting(point -> point.values() + " " + point.tag())
        .containsExactly(
            "{platform.organic_reach=0.11333333333333333, community.active_window=7}"
                + " Morris[trajectory=0, step=0, changedFactor=-1, delta=0.0]",
            "{platform.organic_reach=0.11333333333333333, community.active_window=43}"
                + " Morris[trajectory=0, step=1, changedFactor=1, delta=0.6666666666666666]",
            "{platform.organic_reach=0.02, community.active_window=43}"
                + " Morris[trajectory=0, step=2, changedFactor=0, delta=-0.6666666666666666]");
  }
}
