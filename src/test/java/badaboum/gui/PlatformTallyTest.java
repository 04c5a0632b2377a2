package badaboum.gui;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.CommunitySimulation;
import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.language.Language;
import badaboum.model.ProgrammeEvent;
import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On a market of several platforms the console shows the brand as {@code daily.csv} does: its total
 * over its pages and its numbers on each platform ({@code brand@platform}), day by day, with the
 * platforms where the arm has no account, or none open yet, said as such.
 */
class PlatformTallyTest {
  /** H9, shorter, with reviews every 30 days (it has none) so that each page writes events. */
  static final Scenario H9 =
      new ScenarioLoader()
          .override(
              new ScenarioLoader().load(Path.of("scenarios/workshop/h9-pintagram.yaml")),
              Map.of("days", 120, "audience.size", 2500, "management.review_every", 30),
              "test");

  @Test
  void eachDayShowsTheEnginesTotalAndEachPlatformsNumbers() {
    RunSpec spec = RunSpec.of(H9, "everywhere", 0);
    List<BrandTrace> traces = Simulation.run(spec).traces();
    BrandTrace total = traces.get(0);
    CommunitySimulation sim = new CommunitySimulation(spec);
    sim.start();
    PlatformTally tally = PlatformTally.of(sim.market(), spec);
    int[] seen = new int[sim.market().brands().size()];
    boolean pagesDiffer = false;
    int pageEvents = 0;
    for (int day = 0; day <= H9.days(); day++) {
      if (day > 0) {
        sim.schedule.step(sim);
      }
      DaySnapshot d = DaySnapshot.of(sim.market(), seen, tally);
      assertThat(d.day()).isEqualTo(day);
      assertThat(d.fans()).isEqualTo((int) total.get(DailyMetric.FANS, day));
      assertThat(d.followers()).isEqualTo((int) total.get(DailyMetric.FOLLOWERS, day));
      assertThat(d.active()).isEqualTo((int) total.get(DailyMetric.ACTIVE, day));
      assertThat(d.ambassadors()).isEqualTo((int) total.get(DailyMetric.AMBASSADORS, day));
      assertThat(d.sentiment()).isEqualTo(total.get(DailyMetric.SENTIMENT, day));
      assertThat(d.spend()).isEqualTo(total.get(DailyMetric.SPEND, day));
      assertThat(d.memberAnswers()).isEqualTo((int) total.get(DailyMetric.MEMBER_ANSWERS, day));
      assertThat(d.dotsOn()).isEqualTo("home");
      assertThat(d.platforms())
          .extracting(DaySnapshot.OnPlatform::name)
          .containsExactly("home", "elsewhere", "pintagram");
      for (DaySnapshot.OnPlatform on : d.platforms()) {
        BrandTrace page = trace(traces, total.brand() + "@" + on.name());
        assertThat(on.present()).isTrue();
        assertThat(on.followers()).isEqualTo((int) page.get(DailyMetric.FOLLOWERS, day));
        assertThat(on.active()).isEqualTo((int) page.get(DailyMetric.ACTIVE, day));
      }
      assertThat(d.platforms().get(2).opens()).isEqualTo(90);
      pagesDiffer |= d.platforms().get(0).followers() != d.followers();
      for (ProgrammeEvent e : d.events()) {
        assertThat(e.brand()).startsWith(total.brand() + "@");
        assertThat(d.ours(e)).isTrue();
        pageEvents++;
      }
    }
    assertThat(pagesDiffer).as("the total is more than the home page").isTrue();
    assertThat(pageEvents).isPositive();
    sim.finish();
  }

  @Test
  void anArmOnOnePlatformSaysItHasNoAccountOnTheOthers() {
    RunSpec spec = RunSpec.of(H9, "where-the-community-is", 0);
    CommunitySimulation sim = new CommunitySimulation(spec);
    sim.start();
    DaySnapshot d =
        DaySnapshot.of(
            sim.market(),
            new int[sim.market().brands().size()],
            PlatformTally.of(sim.market(), spec));
    assertThat(d.platforms())
        .extracting(DaySnapshot.OnPlatform::present)
        .containsExactly(true, false, false);
    ConsoleText en = new ConsoleText(Language.EN);
    ConsoleText fr = new ConsoleText(Language.FR);
    assertThat(ArmHeader.row(en, d.platforms().get(1), 0)).containsExactly("no account");
    assertThat(ArmHeader.row(fr, d.platforms().get(1), 0)).containsExactly("pas de compte");
    DaySnapshot.OnPlatform later = new DaySnapshot.OnPlatform("pintagram", true, 90, 0, 0);
    assertThat(ArmHeader.row(en, later, 89)).containsExactly("from day 90");
    assertThat(ArmHeader.row(fr, later, 89)).containsExactly("dès le jour 90");
    DaySnapshot.OnPlatform home = new DaySnapshot.OnPlatform("home", true, 0, 12_345, 67);
    assertThat(ArmHeader.row(fr, home, 100)).containsExactly("12\u202F345", "67");
    assertThat(ArmHeader.row(en, home, 100)).containsExactly("12,345", "67");
    sim.finish();
  }

  @Test
  void aMarketOfOnePlatformHasNoTally() {
    Scenario one = new ScenarioLoader().load(Path.of("src/test/resources/scenarios/tiny.yaml"));
    RunSpec spec = RunSpec.of(one, "steady", 0);
    CommunitySimulation sim = new CommunitySimulation(spec);
    sim.start();
    assertThat(PlatformTally.of(sim.market(), spec)).isNull();
    DaySnapshot d = DaySnapshot.of(sim.market(), new int[sim.market().brands().size()]);
    assertThat(d.platforms()).isEmpty();
    assertThat(d.dotsOn()).isNull();
    sim.finish();
  }

  private static BrandTrace trace(List<BrandTrace> traces, String label) {
    return traces.stream().filter(t -> t.brand().equals(label)).findFirst().orElseThrow();
  }
}
