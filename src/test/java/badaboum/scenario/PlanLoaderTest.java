package badaboum.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team plans are strategies: read with the scenario's declarations, problems in their own file. */
class PlanLoaderTest {
  static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");
  static final Path TEMPLATE = Path.of("scenarios/workshop/plan-template.yaml");

  @TempDir Path dir;

  final ScenarioLoader loader = new ScenarioLoader();

  ScenarioSource plan(String file, String text) throws IOException {
    Path path = dir.resolve(file);
    Files.writeString(path, text);
    return ScenarioSource.read(path);
  }

  @Test
  void eachPlanIsAnArmInTheOrderGivenWithTheMarketsFactsAndItsOwnChoices() throws IOException {
    Scenario market =
        loader.load(Path.of("scenarios/workshop/h4-intern-vs-community-manager.yaml"));
    Scenario round =
        new PlanLoader()
            .load(
                market,
                List.of(
                    plan("zebras.yaml", "posts_per_week: 6\nreplies: {rate: 0.9}\n"),
                    plan("b.yaml", "team: Les Affineurs\nextends: intern\nquality: 0.9\n")));
    assertThat(round.arms()).containsExactly("zebras", "Les Affineurs");
    assertThat(round.sweep().factors()).isEmpty();
    assertThat(round.seed()).isEqualTo(market.seed());
    // ranked on the scenario's metric, but its one mechanism is not what separates the teams
    assertThat(market.verdict().mechanism().en()).isNotEmpty();
    assertThat(round.verdict().metric()).isEqualTo(market.verdict().metric());
    assertThat(round.verdict().over()).isEqualTo(market.verdict().over());
    assertThat(round.verdict().mechanism()).isEqualTo(Bilingual.NONE);
    assertThat(round.audience()).isEqualTo(market.audience());
    StrategySpec zebras = round.strategy("zebras");
    assertThat(zebras.postsPerWeek()).isEqualTo(6.0);
    assertThat(zebras.replies().rate()).isEqualTo(0.9);
    // what a plan leaves out is the declared default...
    assertThat(zebras.quality())
        .isEqualTo(Catalog.key(StrategySpec.class, "quality").defaultValue());
    // ...but the market's facts are those of the scenario's first arm, for every team
    StrategySpec first = market.strategy(market.arms().get(0));
    assertThat(zebras.staffing().hourlyCost()).isEqualTo(first.staffing().hourlyCost());
    StrategySpec affineurs = round.strategy("Les Affineurs");
    assertThat(affineurs.quality()).isEqualTo(0.9);
    assertThat(affineurs.staffing().hoursPerWeek())
        .isEqualTo(market.strategy("intern").staffing().hoursPerWeek());
    assertThat(affineurs.staffing().hourlyCost()).isEqualTo(first.staffing().hourlyCost());
  }

  @Test
  void everyProblemOfEveryPlanIsPlacedInItsFileWithTheKeyAsWritten() throws IOException {
    Scenario market = loader.load(TINY);
    List<ScenarioSource> plans =
        List.of(
            plan(
                "a.yaml",
                "posts_per_week: 500\nreplies: {rate: 0.9, delai_hours: 2}\nbudget: 100\n"),
            plan(
                "b.yaml",
                "team: steady\ncommunity_manager: {hours_per_week: 10, minutes_per_post: 1}\n"),
            plan("c.yaml", "team: a\nextends: stedy\ncontests: [{prize: -5}]\n"),
            plan("d.yaml", "- posts_per_week: 3\n"),
            plan("e.yaml", "team: \"<script>\"\n"));
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> new PlanLoader().load(market, plans));
    List<String> problems = new ArrayList<>();
    e.problems().forEach(p -> problems.add(p.toString()));
    String a = dir.resolve("a.yaml").toString();
    String b = dir.resolve("b.yaml").toString();
    String c = dir.resolve("c.yaml").toString();
    String d = dir.resolve("d.yaml").toString();
    String eFile = dir.resolve("e.yaml").toString();
    // team a is named well: its keys are checked too, beside the other plans' problems
    assertThat(problems)
        .containsExactly(
            a + ":1:17: posts_per_week: 500 is out of range; allowed: 0 to 100, posts per week",
            a
                + ":2:22: replies.delai_hours: unknown key; did you mean 'delay_hours'? known keys"
                + " here: rate, delay_hours, personal, listening",
            a
                + ":3:1: budget: the budget is management's, the same for every team (no limit in"
                + " tiny); a plan spends it through community_manager (hours_per_week ×"
                + " hourly_cost), ads.daily_budget, contests' prizes, launch.cost and buy_fans:"
                + " remove budget:",
            b
                + ":1:7: team: 'steady' is a strategy of tiny; give the team another name (team:"
                + " ...), and write extends: steady to start from that strategy",
            b
                + ":2:41: community_manager.minutes_per_post: is the market's, the same for every"
                + " team (assumption, swept), not a choice of the plan: remove it",
            c
                + ":1:7: team: 'a' is also the team of "
                + a
                + "; give each team its own name (team: ...)",
            d
                + ":1:1: a plan is a mapping of strategy keys (posts_per_week:, content:, replies:"
                + " ...), not a list",
            eFile
                + ":1:7: team: '<script>' is not a team name; use letters, digits, spaces, '.', '-'"
                + " or '_', starting with a letter or digit, at most 40 characters");
  }

  @Test
  void aPlanThatNamesItsTeamWellIsCheckedKeyByKeyLikeAScenario() throws IOException {
    Scenario market = loader.load(TINY);
    List<ScenarioSource> plans =
        List.of(
            plan("a.yaml", "posts_per_week: 500\nreplies: {rate: 0.9, delai_hours: 2}\n"),
            plan("c.yaml", "team: Les Caves\nextends: stedy\ncontests: [{prize: -5}]\n"));
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> new PlanLoader().load(market, plans));
    List<String> problems = new ArrayList<>();
    e.problems().forEach(p -> problems.add(p.toString()));
    String a = dir.resolve("a.yaml").toString();
    String c = dir.resolve("c.yaml").toString();
    assertThat(problems)
        .containsExactly(
            a + ":1:17: posts_per_week: 500 is out of range; allowed: 0 to 100, posts per week",
            a
                + ":2:22: replies.delai_hours: unknown key; did you mean 'delay_hours'? known keys here:"
                + " rate, delay_hours, personal, listening",
            c
                + ":2:10: extends: unknown strategy 'stedy'; did you mean 'steady'? strategies:"
                + " steady, boum, a, Les Caves",
            c
                + ":3:20: contests[0].prize: -5 is out of range; allowed: 0 to 1000000000,"
                + " currency per contest");
  }

  @Test
  void theTemplateIsAValidPlanForEveryBundledMarket() throws IOException {
    List<Path> markets;
    try (Stream<Path> files = Files.list(Path.of("scenarios/workshop"))) {
      markets =
          files
              .filter(f -> f.getFileName().toString().matches("h\\d+-.*\\.yaml"))
              .sorted()
              .toList();
    }
    assertThat(markets).hasSizeGreaterThanOrEqualTo(8);
    for (Path market : markets) {
      Scenario round =
          new PlanLoader().load(loader.load(market), List.of(ScenarioSource.read(TEMPLATE)));
      assertThat(round.arms()).as(market.toString()).containsExactly("My team");
    }
  }
}
