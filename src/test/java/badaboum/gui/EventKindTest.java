package badaboum.gui;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.CommunitySimulation;
import badaboum.engine.RunSpec;
import badaboum.model.ProgrammeEvent;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log and the charts recognise every kind of event the model writes. */
class EventKindTest {
  @TempDir Path dir;

  @Test
  void everyEventOfABusyProgrammeHasAKnownKind() throws IOException {
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
        """);
    Scenario scenario = new ScenarioLoader().load(file);
    CommunitySimulation sim = new CommunitySimulation(RunSpec.of(scenario, "boum", 0));
    sim.start();
    while (sim.schedule.getSteps() < scenario.days()) {
      sim.schedule.step(sim);
    }
    List<ProgrammeEvent> events = sim.market().brands().get(0).programme().events();
    Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
    for (ProgrammeEvent e : events) {
      EventKind kind = EventKind.of(e.text());
      assertThat(kind).as(e.text()).isNotEqualTo(EventKind.OTHER);
      kinds.add(kind);
    }
    assertThat(kinds)
        .contains(
            EventKind.CAMPAIGN,
            EventKind.CONTEST,
            EventKind.CRISIS,
            EventKind.REVIEW,
            EventKind.CANCELLATION);
  }
}
