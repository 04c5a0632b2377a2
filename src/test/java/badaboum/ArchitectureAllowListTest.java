package badaboum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The allow-list of {@link ArchitectureTest} refuses what it should, and a new package. */
class ArchitectureAllowListTest {

  static boolean permitted(String from, String target) {
    return ArchitectureTest.permitted(from, ArchitectureTest.ALLOWED.get(from), target);
  }

  @Test
  void theDecidedArrowsHold() {
    assertThat(permitted("report", "badaboum.sweep.design")).isTrue();
    assertThat(permitted("report", "badaboum.sweep")).isFalse();
    assertThat(permitted("report", "badaboum.engine")).isFalse();
    assertThat(permitted("gui", "badaboum.report")).isFalse();
    assertThat(permitted("gui", "badaboum.results")).isFalse();
    assertThat(permitted("cli", "badaboum.gui")).isTrue();
    assertThat(permitted("cli", "badaboum.spark")).isFalse();
    assertThat(permitted("gui", "badaboum.language")).isTrue();
    assertThat(permitted("report", "badaboum.language")).isTrue();
    assertThat(permitted("language", "badaboum.scenario")).isFalse();
  }

  @Test
  void lowerLayersKnowNothingAboveThem() {
    assertThat(permitted("model", "badaboum.engine")).isFalse();
    assertThat(permitted("model", "sim.engine")).isFalse();
    assertThat(permitted("model", "badaboum.model.network")).isTrue();
    assertThat(permitted("engine", "badaboum.sweep")).isFalse();
    assertThat(permitted("sweep", "badaboum.model")).isFalse();
    assertThat(permitted("results", "badaboum.report")).isFalse();
    assertThat(permitted("scenario", "badaboum.result")).isFalse();
    assertThat(permitted("result", "com.fasterxml.jackson.databind")).isFalse();
  }

  @Test
  void theStatisticsDoNoInputOrOutput() {
    assertThat(permitted("analysis", "java.util")).isTrue();
    assertThat(permitted("analysis", "java.io")).isFalse();
    assertThat(permitted("analysis", "java.nio.file")).isFalse();
    assertThat(permitted("analysis", "java.nio.file.attribute")).isFalse();
    assertThat(permitted("results", "java.nio.file")).isTrue();
  }

  @Test
  void aPackageIsKnownByItsTopLevelName() {
    assertThat(ArchitectureTest.slice("badaboum.model.network")).isEqualTo("model");
    assertThat(ArchitectureTest.slice("badaboum.results")).isEqualTo("results");
    assertThat(ArchitectureTest.ALLOWED).doesNotContainKey("newpackage");
  }
}
