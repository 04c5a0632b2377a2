package badaboum.scenario;

/**
 * Mass messages that claim belonging ("chère communauté", "dear community member"), sent on a
 * schedule to every follower or to active members only (seed 003: "Non, je ne suis pas membre de
 * votre communauté!").
 *
 * @param start first day a message is sent
 * @param every days between messages (0: none)
 * @param audience who receives them
 */
public record MessagesSpec(
    @Key(
            value = "1",
            min = 1,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "day",
            meaning =
                "first day a message is sent (day 0 is the starting state: the first day is 1)")
        int start,
    @Key(
            value = "0",
            min = 0,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "days between messages; 0 means none",
            meaning =
                "days between mass messages that address the recipients as members of the"
                    + " community (\"chère communauté\"); 0 means none. Each takes the manager"
                    + " the minutes of a post")
        int every,
    @Key(
            value = "all_followers",
            meaning =
                "who receives them: every follower, or active members only (those who engaged"
                    + " within the active window)",
            source =
                "the seeds: \"lorsque la marque en question s'adresse à tous ceux qui la suivent\"")
        MessageAudience audience) {
  public MessagesSpec {
    Catalog.check(MessagesSpec.class, start, every, audience);
  }

  /** Whether a message goes out on {@code day}. */
  public boolean on(int day) {
    return every > 0 && day >= start && (day - start) % every == 0;
  }
}
