package badaboum.scenario;

/**
 * A launch: press, party and paid reach on one day.
 *
 * @param reach people reached that day (0: no launch)
 * @param conversion factor on the follow probability of someone reached
 */
public record LaunchSpec(
    @Key(
            value = "1",
            min = 1,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "day",
            meaning = "launch day (day 0 is the starting state: the first day is 1)")
        int day,
    @Key(
            value = "0",
            min = 0,
            max = ScenarioLimits.MAX_AUDIENCE,
            unit = "people; 0 means no launch",
            meaning =
                "people the launch reaches that day (press, party, paid reach); 0 means no launch")
        int reach,
    @Key(
            value = "0.5",
            min = 0,
            max = 10,
            unit = "factor on the follow probability",
            meaning =
                "follow probability of someone reached, as a factor on their affinity: people"
                    + " reached by a launch are selected like anyone else (John et al. 2017)",
            source = "assumption, swept")
        double conversion,
    @Key(value = "0", min = 0, max = 1e9, unit = "currency", meaning = "paid on launch day")
        double cost) {
  public LaunchSpec {
    Catalog.check(LaunchSpec.class, day, reach, conversion, cost);
  }
}
