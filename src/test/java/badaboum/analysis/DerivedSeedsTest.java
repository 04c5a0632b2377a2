package badaboum.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DerivedSeedsTest {

  @Test
  void sameArgumentsSameSeedAndAPinnedValue() {
    assertThat(DerivedSeeds.derive(2012, "comparison", 0, 1, 4))
        .isEqualTo(DerivedSeeds.derive(2012, "comparison", 0, 1, 4));
    // Pinned: a change here changes every interval in every report.
    assertThat(DerivedSeeds.derive(1, 2, 3)).isEqualTo(8975482407547330069L);
  }

  @Test
  void nearbyPartsGiveDistinctSeeds() {
    Set<Long> seeds = new HashSet<>();
    for (int point = 0; point < 20; point++) {
      for (int arm = 0; arm < 5; arm++) {
        for (int metric = 0; metric < 17; metric++) {
          seeds.add(DerivedSeeds.derive(2012, "comparison", point, arm, metric));
        }
      }
    }
    assertThat(seeds).hasSize(20 * 5 * 17);
    assertThat(DerivedSeeds.derive(2012, "comparison", 1, 2))
        .isNotEqualTo(DerivedSeeds.derive(2012, "comparison", 2, 1))
        .isNotEqualTo(DerivedSeeds.derive(2012, "sensitivity", 1, 2))
        .isNotEqualTo(DerivedSeeds.derive(2013, "comparison", 1, 2));
  }
}
