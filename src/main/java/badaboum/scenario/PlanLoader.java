package badaboum.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loads the teams' plans of a workshop round: each plan file is one strategy, written as under
 * {@code strategies.NAME} of a scenario (with an optional {@code team:} name and {@code extends:}
 * one of the scenario's strategies), read with the same key declarations, defaults and ranges. The
 * result is the scenario's market with every plan as an arm, in the order given, so the plans run
 * on the same seeds. A plan sets only what a team chooses (see {@link #marketFact}); the market's
 * facts inside a strategy (the minutes a reply takes, the hourly cost of the manager, the price of
 * fake fans) are the scenario's first arm's, the same for every team. Every problem of every plan
 * is reported at once, placed in the plan's own file with the key as the team wrote it.
 */
public final class PlanLoader {
  /** The key that names a plan's team; the file name when absent. */
  static final String TEAM = "team";

  /** Names a room can type and a results folder can hold. */
  private static final Pattern TEAM_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*");

  static final int MAX_TEAM_NAME = 40;

  private static final String STRATEGY = "strategies.<name>.";

  /**
   * The scenario's market with the plans as its only arms: arm {@code i} is the team of plan {@code
   * i}.
   *
   * @param market a scenario, already loaded (its own strategies stay, for {@code extends})
   * @param plans the plan files' texts, in the order the teams are listed
   * @throws ScenarioException with every problem of every plan
   */
  public Scenario load(Scenario market, List<ScenarioSource> plans) {
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("no plan to load");
    }
    Problems problems = new Problems();
    List<String> taken = market.strategies().stream().map(StrategySpec::name).toList();
    Map<String, YamlMap> byTeam = new LinkedHashMap<>();
    Map<String, Position> namedAt = new LinkedHashMap<>();
    Binding binding = new Binding(problems);
    for (ScenarioSource plan : plans) {
      binding.directory(plan.label(), plan.directory());
      YamlNode root = new YamlParser(plan.label(), problems).parse(plan.text());
      if (root == null) {
        continue;
      }
      if (!(root instanceof YamlMap map)) {
        problems.add(
            root.position(),
            "",
            "a plan is a mapping of strategy keys (posts_per_week:, content:, replies: ...), not "
                + root.kind());
        continue;
      }
      String team = team(plan, map, problems);
      YamlMap own = withoutBudget(map.without(TEAM), market, problems);
      refuseFacts(own, "", "", problems);
      YamlMap strategy = YamlMerge.deep(facts(market), own);
      Position at = map.has(TEAM) ? map.entries().get(TEAM).value().position() : map.position();
      if (team == null) {
        continue;
      }
      if (taken.contains(team)) {
        problems.add(
            at,
            TEAM,
            "'"
                + team
                + "' is a strategy of "
                + market.name()
                + "; give the team another name (team: ...), and write extends: "
                + team
                + " to start from that strategy");
      } else if (byTeam.containsKey(team)) {
        problems.add(
            at,
            TEAM,
            "'"
                + team
                + "' is also the team of "
                + namedAt.get(team).file()
                + "; give each team its own name (team: ...)");
      } else {
        byTeam.put(team, strategy);
        namedAt.put(team, at);
      }
    }
    if (byTeam.isEmpty()) {
      problems.throwIfAny();
    }
    // the plans that name their team are checked key by key even when another plan, or this one,
    // already has a problem: a team sees all its mistakes at once
    YamlMap tree = combined(market.tree(), byTeam);
    binding.directory(market.source().label(), market.source().directory());
    Scenario scenario = new ScenarioBinder(binding).bind(market.source(), tree, market.name());
    if (!problems.isEmpty()) {
      throw new ScenarioException(asWritten(problems.list(), byTeam.keySet(), namedAt));
    }
    return scenario;
  }

  private static String team(ScenarioSource plan, YamlMap map, Problems problems) {
    YamlNode node = map.get(TEAM);
    if (node == null) {
      String file = Path.of(plan.label()).getFileName().toString();
      String stem = file.replaceFirst("\\.ya?ml$", "");
      if (!TEAM_NAME.matcher(stem).matches() || stem.length() > MAX_TEAM_NAME) {
        problems.add(
            map.position(),
            TEAM,
            "the file name '"
                + stem
                + "' cannot name the team; write team: followed by a name of letters, digits,"
                + " spaces, '.', '-' or '_' (at most "
                + MAX_TEAM_NAME
                + " characters)");
        return null;
      }
      return stem;
    }
    if (!(node instanceof YamlScalar s) || s.type() == YamlScalar.Type.NULL) {
      problems.add(node.position(), TEAM, "expected the team's name, got " + node.kind());
      return null;
    }
    String name = s.text().strip();
    if (!TEAM_NAME.matcher(name).matches() || name.length() > MAX_TEAM_NAME) {
      problems.add(
          node.position(),
          TEAM,
          s.shown()
              + " is not a team name; use letters, digits, spaces, '.', '-' or '_', starting with"
              + " a letter or digit, at most "
              + MAX_TEAM_NAME
              + " characters");
      return null;
    }
    return name;
  }

  /**
   * Reports what a plan sets that is the market's rather than the team's: a key with a source (a
   * paper, an industry figure, an assumption) is a fact of the world, such as the minutes a reply
   * takes or the price of fake fans, the same for every team.
   */
  private static void refuseFacts(YamlMap map, String pattern, String shown, Problems problems) {
    for (YamlMap.Entry e : map.entries().values()) {
      if (pattern.isEmpty() && e.key().equals("extends")) {
        continue;
      }
      String keyPattern = pattern.isEmpty() ? e.key() : pattern + "." + e.key();
      String keyShown = shown.isEmpty() ? e.key() : shown + "." + e.key();
      Optional<KeyInfo> key = Catalog.byPattern(STRATEGY + keyPattern);
      if (key.isPresent() && marketFact(key.get())) {
        problems.add(
            e.keyPosition(),
            keyShown,
            "is the market's, the same for every team ("
                + key.get().source()
                + "), not a choice of the plan: remove it");
      } else if (e.value() instanceof YamlMap inner) {
        refuseFacts(inner, keyPattern, keyShown, problems);
      } else if (e.value() instanceof YamlList list) {
        for (int i = 0; i < list.items().size(); i++) {
          if (list.items().get(i) instanceof YamlMap item) {
            refuseFacts(item, keyPattern + "[]", keyShown + "[" + i + "]", problems);
          }
        }
      }
    }
  }

  /**
   * Whether a strategy key is the market's: it has a source (a fact of the world, measured or
   * assumed) and the console does not offer it as a lever (no label). A contest's alignment has a
   * source and a label: the team chooses its prize.
   */
  private static boolean marketFact(KeyInfo key) {
    return key.kind().isValue() && !key.source().isEmpty() && key.label().isEmpty();
  }

  /**
   * The market's facts in a strategy (the values of keys with a source, outside lists), as the
   * scenario's first arm has them: every plan starts from these.
   */
  private static YamlMap facts(Scenario market) {
    Object strategies = market.effective().get("strategies");
    Object baseline =
        strategies instanceof Map<?, ?> all ? all.get(market.arms().get(0)) : Map.of();
    Map<String, Object> facts = new LinkedHashMap<>();
    if (baseline instanceof Map<?, ?> values) {
      collectFacts(values, "", facts);
    }
    return (YamlMap) YamlTrees.fromPlain(facts, Position.nowhere(market.source().label()));
  }

  private static void collectFacts(Map<?, ?> values, String pattern, Map<String, Object> out) {
    values.forEach(
        (name, value) -> {
          String keyPattern = pattern.isEmpty() ? name.toString() : pattern + "." + name;
          if (value instanceof Map<?, ?> inner) {
            Map<String, Object> section = new LinkedHashMap<>();
            collectFacts(inner, keyPattern, section);
            if (!section.isEmpty()) {
              out.put(name.toString(), section);
            }
          } else if (!(value instanceof List<?>)
              && Catalog.byPattern(STRATEGY + keyPattern)
                  .filter(PlanLoader::marketFact)
                  .isPresent()) {
            out.put(name.toString(), value);
          }
        });
  }

  /** The budget is management's, the same for every team: say so rather than "unknown key". */
  private static YamlMap withoutBudget(YamlMap plan, Scenario market, Problems problems) {
    if (!plan.has("budget")) {
      return plan;
    }
    double budget = market.brands().get(0).management().budget();
    problems.add(
        plan.entries().get("budget").keyPosition(),
        "budget",
        "the budget is management's, the same for every team ("
            + (budget > 0 ? String.format(java.util.Locale.ROOT, "%,.0f", budget) : "no limit")
            + " in "
            + market.name()
            + "); a plan spends it through community_manager (hours_per_week × hourly_cost),"
            + " ads.daily_budget, contests' prizes, launch.cost and buy_fans: remove budget:");
    return plan.without("budget");
  }

  /**
   * The market's tree with the plans under strategies, compared in order, no sweep, and no
   * mechanism in the verdict.
   */
  private static YamlMap combined(YamlMap market, Map<String, YamlMap> plans) {
    YamlMap strategies =
        market.get("strategies") instanceof YamlMap own ? own : YamlMap.empty(market.position());
    List<YamlNode> arms = new ArrayList<>();
    for (Map.Entry<String, YamlMap> plan : plans.entrySet()) {
      Position at = plan.getValue().position();
      strategies = strategies.with(new YamlMap.Entry(plan.getKey(), at, plan.getValue()));
      arms.add(new YamlScalar(plan.getKey(), YamlScalar.Type.STRING, at));
    }
    Position here = market.position();
    YamlMap round = market.without("sweep");
    if (round.get("verdict") instanceof YamlMap verdict) {
      // the teams' plans differ in many knobs: the scenario's one mechanism is not what separates
      // them, so the verdict ranks them without naming it
      round =
          round.with(
              new YamlMap.Entry("verdict", verdict.position(), verdict.without("mechanism")));
    }
    return round
        .with(new YamlMap.Entry("strategies", here, strategies))
        .with(new YamlMap.Entry("compare", here, new YamlList(arms, here)));
  }

  /**
   * Problems found in a plan name its keys as the team wrote them ({@code replies.rate}, not {@code
   * strategies.TEAM.replies.rate}).
   */
  private static List<Problem> asWritten(
      List<Problem> problems, Iterable<String> teams, Map<String, Position> namedAt) {
    List<Problem> shown = new ArrayList<>();
    for (Problem p : problems) {
      String path = p.path();
      for (String team : teams) {
        String prefix = "strategies." + team;
        if (namedAt.get(team).file().equals(p.position().file())
            && (path.equals(prefix) || path.startsWith(prefix + "."))) {
          path = path.substring(Math.min(path.length(), prefix.length() + 1));
        }
      }
      shown.add(new Problem(p.position(), path, p.message()));
    }
    return shown;
  }
}
