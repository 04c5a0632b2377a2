package badaboum.cli;

import badaboum.language.Messages;
import badaboum.scenario.PlanLoader;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import badaboum.scenario.ScenarioSource;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code validate} on a team's plan ({@code team:} at the top, as in plan-template.yaml): a plan is
 * a strategy, not a scenario, so it is checked as one against a market of every default, with the
 * same positioned problems as the team round. A plan that {@code extends} one of a scenario's
 * strategies can be checked only against that scenario: the line says how.
 */
final class TeamPlanCheck {
  private static final Pattern TEAM = Pattern.compile("(?m)^team\\s*:");
  private static final Pattern EXTENDS = Pattern.compile("(?m)^extends\\s*:");
  private static final String DEFAULTS = "name: defaults\nstrategies:\n  yours: {}\n";

  private TeamPlanCheck() {}

  static boolean isPlan(ScenarioSource source) {
    return TEAM.matcher(source.text()).find();
  }

  /**
   * The line for a plan with no problem.
   *
   * @throws badaboum.scenario.ScenarioException with the plan's problems
   */
  static String check(ScenarioSource plan, Messages m) {
    if (EXTENDS.matcher(plan.text()).find()) {
      return m.format("validate.plan.extends", plan.label());
    }
    Scenario market = new ScenarioLoader().load(ScenarioSource.text("defaults", DEFAULTS));
    Scenario round = new PlanLoader().load(market, List.of(plan));
    String team = round.arms().get(round.arms().size() - 1);
    return m.format("validate.plan.ok", plan.label(), team);
  }
}
