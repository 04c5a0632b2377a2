package badaboum.gui;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.RunSpec;
import badaboum.scenario.ContentMix;
import badaboum.scenario.Kpi;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import badaboum.scenario.StrategySpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.util.Interval;

/** The Model tab: what it shows, what it changes, and what it refuses. */
class ModelTabTest {
  static final Path FLAGSHIP = Path.of("scenarios/boum-vs-steady.yaml");

  final Scenario scenario = new ScenarioLoader().load(FLAGSHIP);
  final WorkshopParameters parameters = new WorkshopParameters(scenario, "steady");
  final List<String> changed = new ArrayList<>();
  final List<String> refused = new ArrayList<>();
  final ModelTab properties =
      new ModelTab(
          parameters,
          new ModelTab.Listener() {
            @Override
            public void changed(String parameter, String value) {
              changed.add(parameter + " = " + value);
            }

            @Override
            public void refused(String parameter, String why) {
              refused.add(parameter + ": " + why);
            }
          });

  Object get(String name) {
    return properties.getValue(index(name));
  }

  Object set(String name, String text) {
    return properties.setValue(index(name), text);
  }

  int index(String name) {
    int i = properties.indexOf(name);
    assertThat(i).as(name).isNotNegative();
    return i;
  }

  StrategySpec next() {
    RunSpec spec = parameters.runSpec();
    return spec.scenario().strategy(spec.arm());
  }

  @Test
  void showsTheArmsKeyParametersInOrderWithRangesAndDescriptions() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < properties.numProperties(); i++) {
      names.add(properties.getName(i));
      assertThat(properties.getDescription(i)).contains("Applies at the next Play");
    }
    assertThat(names)
        .startsWith("Arm", "Replicate", "Days", "Posts per week")
        .contains(
            "Promotional share",
            "Reply rate",
            "Reply delay (hours)",
            "Personal touch",
            "Listening",
            "Manager hours per week",
            "Moderation",
            "Contests",
            "Contest prize",
            "Contest alignment",
            "Contest every (days)",
            "Bought fans",
            "Crisis transparency",
            "Prize seekers",
            "Management KPI")
        .endsWith("Changed from the file");
    assertThat(properties.getDomain(index("Reply rate"))).isInstanceOf(Interval.class);
    assertThat((String[]) properties.getDomain(index("Arm"))).containsExactly("steady", "boum");
    assertThat(get("Posts per week")).isEqualTo(4.0);
    assertThat(get("Reply rate")).isEqualTo(0.9);
    assertThat(get("Contests")).isEqualTo(false);
    assertThat(get("Bought fans")).isEqualTo(0);
    assertThat(get("Management KPI")).isEqualTo(Kpi.FANS.ordinal());
    assertThat(get("Changed from the file")).isEqualTo("nothing");
    assertThat(properties.isReadWrite(index("Changed from the file"))).isFalse();
    assertThat(parameters.runSpec()).isEqualTo(RunSpec.of(scenario, "steady", 0));
  }

  @Test
  void aChangeAppliesToTheNextRunOfThatArmOnly() {
    assertThat(set("Posts per week", "8")).isEqualTo(8.0);
    assertThat(next().postsPerWeek()).isEqualTo(8.0);
    assertThat(parameters.runSpec().scenario().strategy("boum").postsPerWeek()).isEqualTo(4.0);
    assertThat(changed).containsExactly("Posts per week = 8");
    assertThat(get("Changed from the file")).isEqualTo("strategies.steady.posts_per_week = 8");

    set("Arm", "1");
    assertThat(parameters.arm()).isEqualTo("boum");
    assertThat(get("Posts per week")).isEqualTo(4.0);
    assertThat(get("Contests")).isEqualTo(true);
    assertThat(get("Bought fans")).isEqualTo(5000);
  }

  @Test
  void refusesAnInvalidValueWithTheLoadersMessageAndKeepsTheOldOne() {
    assertThat(set("Reply rate", "1.5")).isNull();
    assertThat(refused)
        .singleElement()
        .asString()
        .contains("Reply rate")
        .contains("strategies.steady.replies.rate")
        .contains("1.5 is out of range; allowed: 0 to 1");
    assertThat(get("Reply rate")).isEqualTo(0.9);
    assertThat(set("Days", "0")).isNull();
    assertThat(parameters.runSpec().scenario().days()).isEqualTo(365);
    assertThat(changed).isEmpty();
  }

  @Test
  void thePromotionalShareKeepsTheOtherKindsInProportion() {
    set("Promotional share", "0.6");
    ContentMix mix = next().content();
    assertThat(mix.promotional()).isEqualTo(0.6);
    assertThat(mix.informative() / mix.entertaining()).isCloseTo(0.30 / 0.25, within());
    assertThat(mix.informative() / mix.conversation()).isCloseTo(0.30 / 0.30, within());
  }

  @Test
  void contestsBoughtFansAndACrisisCanBeAddedAndRemoved() {
    set("Contest prize", "800");
    set("Contests", "true");
    assertThat(next().contests())
        .singleElement()
        .satisfies(c -> assertThat(c.prize()).isEqualTo(800));
    set("Contest alignment", "0.9");
    assertThat(next().contests().get(0).alignment()).isEqualTo(0.9);
    set("Contests", "false");
    assertThat(next().contests()).isEmpty();

    set("Bought fans", "2000");
    assertThat(next().buyFans())
        .singleElement()
        .satisfies(p -> assertThat(p.count()).isEqualTo(2000));
    set("Bought fans", "0");
    assertThat(next().buyFans()).isEmpty();

    set("Crisis severity", "0.8");
    set("Crisis on day", "100");
    assertThat(parameters.runSpec().scenario().crises())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.day()).isEqualTo(100);
              assertThat(c.severity()).isEqualTo(0.8);
            });
    set("Crisis on day", "0");
    assertThat(parameters.runSpec().scenario().crises()).isEmpty();
    assertThat(refused).isEmpty();
  }

  @Test
  void managementAndTheRunCanBeChosen() {
    set("Management KPI", String.valueOf(Kpi.ACTIVE_MEMBERS.ordinal()));
    set("Patience (reviews)", "4");
    set("Anchor on peak", "false");
    RunSpec spec = parameters.runSpec();
    assertThat(spec.scenario().management().kpi()).isEqualTo(Kpi.ACTIVE_MEMBERS);
    assertThat(spec.scenario().management().patience()).isEqualTo(4);
    assertThat(spec.scenario().management().anchorOnPeak()).isFalse();
    assertThat(changed).contains("Management KPI = active_members");

    set("Replicate", "2");
    set("Days", "90");
    spec = parameters.runSpec();
    assertThat(spec.seed()).isEqualTo(RunSpec.of(scenario, "steady", 2).seed());
    assertThat(spec.scenario().days()).isEqualTo(90);
    assertThat((String) get("Changed from the file")).contains("days = 90").contains("replicate 2");
  }

  @Test
  void numbersAreShownWithoutNoise() {
    assertThat(ConsoleNumbers.number(4.0)).isEqualTo("4");
    assertThat(ConsoleNumbers.number(0.123456)).isEqualTo("0.1235");
    assertThat(ConsoleNumbers.number(60000)).isEqualTo("60000");
    assertThat(ConsoleNumbers.roughly(2.6666)).isEqualTo("2.7");
    assertThat(ConsoleNumbers.roughly(50)).isEqualTo("50");
    assertThat(ConsoleNumbers.roughly(1250)).isEqualTo("1,300");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
