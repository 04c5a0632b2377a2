package badaboum.scenario;

/**
 * Polls: explicit listening, a question put to the members.
 *
 * @param every days between polls (0: none)
 */
public record PollsSpec(
    @Key(
            value = "1",
            min = 1,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "day",
            meaning = "first poll (day 0 is the starting state: the first day is 1)")
        int start,
    @Key(
            value = "0",
            min = 0,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "days between polls; 0 means none",
            meaning =
                "days between polls; 0 means none. A poll is a post that invites answers;"
                    + " answering it pleases (explicit listening)")
        int every) {
  public PollsSpec {
    Catalog.check(PollsSpec.class, start, every);
  }

  public boolean on(int day) {
    return every > 0 && day >= start && (day - start) % every == 0;
  }
}
