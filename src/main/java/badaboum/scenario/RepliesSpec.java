package badaboum.scenario;

/**
 * How the brand answers.
 *
 * @param rate share of members' comments the community manager means to answer
 * @param delayHours how long an answer takes when the manager keeps up (hours)
 * @param personal personal touch of an answer, 0 (canned) to 1 (by name, in the member's words)
 * @param listening share of mentions of the brand outside its page that get an answer
 */
public record RepliesSpec(
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "share of comments answered",
            meaning = "share of members' comments the manager means to answer",
            label = "Reply rate")
        double rate,
    @Key(
            value = "6",
            min = 0,
            max = 24 * 30,
            unit = "hours",
            meaning =
                "time to an answer when the manager keeps up; a backlog adds 24 hours a day; a"
                    + " reply within minutes is worth far more",
            label = "Reply delay (hours)")
        double delayHours,
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "0 canned to 1 personal",
            meaning =
                "personal touch: 0 canned, 1 by name in the member's words; worth more, costs twice"
                    + " the minutes at 1",
            label = "Personal touch")
        double personal,
    @Key(
            value = "0",
            min = 0,
            max = 1,
            unit = "share of outside mentions answered",
            meaning =
                "share of mentions of the brand outside its page that get an answer; the person"
                    + " answered likes the brand much more and is three times as likely to follow",
            label = "Listening")
        double listening) {
  public RepliesSpec {
    Catalog.check(RepliesSpec.class, rate, delayHours, personal, listening);
  }
}
