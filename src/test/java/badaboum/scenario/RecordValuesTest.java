package badaboum.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A record copied by component name changes what is named and keeps every other value. */
class RecordValuesTest {
  final Scenario flagship = new ScenarioLoader().load(Path.of("scenarios/boum-vs-steady.yaml"));

  @Test
  void aCopyChangesOnlyTheNamedComponents() {
    PlatformSpec rules = flagship.platform();
    PlatformSpec own = rules.withReach(0.3, null);
    assertThat(own.organicReach()).isEqualTo(0.3);
    assertThat(own).usingRecursiveComparison().ignoringFields("organicReach").isEqualTo(rules);
    assertThat(rules.withReach(null, null)).isSameAs(rules);

    StrategySpec steady = flagship.strategy("steady");
    StrategySpec there = steady.onPlatform(new PresenceSpec("home", 9.0, 0));
    assertThat(there.postsPerWeek()).isEqualTo(9.0);
    assertThat(there).usingRecursiveComparison().ignoringFields("postsPerWeek").isEqualTo(steady);
  }

  @Test
  void aNameTheRecordDoesNotHaveIsRefused() {
    assertThatThrownBy(() -> RecordValues.with(flagship.platform(), Map.of("organic_reach", 0.3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PlatformSpec has no component among [organic_reach]");
  }
}
