package badaboum.gui;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.CommunitySimulation;
import badaboum.engine.RunSpec;
import badaboum.language.Language;
import badaboum.model.ProgrammeEvent;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console in French: every word of its own, and every event the model writes. */
class ConsoleTextTest {
  /** Words French writes as English does. */
  static final Set<String> SAME_IN_FRENCH =
      Set.of(
          "console.fans",
          "console.sentiment",
          "console.chart.fans",
          "console.chart.sentiment",
          "console.series.sentiment",
          "console.budget",
          "console.changed");

  @TempDir Path dir;

  @Test
  void everyWordOfTheConsoleHasItsFrenchText() throws IOException {
    Properties english = bundle("messages.properties");
    Properties french = bundle("messages_fr.properties");
    Set<String> keys = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      if (key.startsWith("console.")) {
        keys.add(key);
      }
    }
    assertThat(keys).hasSizeGreaterThan(80);
    for (String key : keys) {
      assertThat(french.getProperty(key)).as(key).isNotBlank();
      if (!SAME_IN_FRENCH.contains(key)) {
        assertThat(french.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
      }
    }
  }

  @Test
  void numbersFollowTheLanguage() {
    ConsoleText en = new ConsoleText(Language.EN);
    ConsoleText fr = new ConsoleText(Language.FR);
    assertThat(en.count(12345)).isEqualTo("12,345");
    assertThat(fr.count(12345)).isEqualTo("12\u202f345");
    assertThat(en.signed(-0.25)).isEqualTo("-0.25");
    assertThat(fr.signed(-0.25)).isEqualTo("-0,25");
    assertThat(en.signed(-0.001)).isEqualTo("+0.00");
    assertThat(en.roughly(2.7)).isEqualTo("2.7");
    assertThat(fr.roughly(2.7)).isEqualTo("2,7");
    assertThat(fr.roughly(50)).isEqualTo("50");
    assertThat(en.roughly(1340)).isEqualTo("1,300");
  }

  @Test
  void everyEventOfABusyProgrammeReadsInFrench() throws IOException {
    Path file = dir.resolve("busy.yaml");
    Files.writeString(
        file,
        """
        days: 200
        seed: 3
        audience: {size: 600, network: {model: watts-strogatz, degree: 6}, discovery: 0.01}
        management: {review_every: 30, kpi: fans, target_growth: 0.5, patience: 2}
        crises: [{day: 20, severity: 0.6, topic: allergen scare}]
        strategies:
          boum:
            launch: {day: 1, reach: 300, cost: 100}
            contests: [{start: 3, every: 20, duration: 5, prize: 50}]
            buy_fans: [{day: 5, count: 100}]
            crisis_response: {delay_hours: 2, transparency: 0.8}
        """);
    Scenario scenario = new ScenarioLoader().load(file);
    CommunitySimulation sim = new CommunitySimulation(RunSpec.of(scenario, "boum", 0));
    sim.start();
    while (sim.schedule.getSteps() < scenario.days()) {
      sim.schedule.step(sim);
    }
    List<ProgrammeEvent> events = sim.market().brands().get(0).programme().events();
    assertThat(events).hasSizeGreaterThan(5);
    ConsoleText en = new ConsoleText(Language.EN);
    ConsoleText fr = new ConsoleText(Language.FR);
    for (ProgrammeEvent e : events) {
      // English says the model's sentence itself; French says it in French
      assertThat(en.event(e.text())).isEqualTo(e.text());
      assertThat(fr.event(e.text())).as(e.text()).isNotEqualTo(e.text());
    }
  }

  @Test
  void aSentenceNoTranslationKnowsShowsAsItIs() {
    assertThat(new ConsoleText(Language.FR).event("something new")).isEqualTo("something new");
    assertThat(new ConsoleText(Language.FR).event("bought 1200 fans"))
        .isEqualTo("1\u202f200 faux fans achetés");
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ConsoleTextTest.class.getResourceAsStream("/badaboum/language/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
