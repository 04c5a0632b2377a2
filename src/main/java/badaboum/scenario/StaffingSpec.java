package badaboum.scenario;

/**
 * The community manager's time and what each task costs of it. What does not fit in the hours is
 * not done: posts are rushed (lower quality), then replies, moderation and listening are dropped.
 */
public record StaffingSpec(
    @Key(
            value = "10",
            min = 0,
            max = 168,
            unit = "hours",
            meaning = "the manager's time; \"15 minutes a day\" is 1.75",
            label = "Manager hours per week")
        double hoursPerWeek,
    @Key(
            value = "35",
            min = 0,
            max = 10_000,
            unit = "currency per hour",
            meaning = "cost of an hour",
            source = "assumption: a French community manager's loaded cost")
        double hourlyCost,
    @Key(
            value = "45",
            min = 0,
            max = 24 * 60,
            unit = "minutes",
            meaning = "time to write a post well",
            source = "assumption, swept")
        double minutesPerPost,
    @Key(
            value = "4",
            min = 0,
            max = 24 * 60,
            unit = "minutes, doubled by a personal touch",
            meaning = "time for a canned reply (doubled by a fully personal touch)",
            source = "assumption, swept")
        double minutesPerReply,
    @Key(
            value = "1",
            min = 0,
            max = 24 * 60,
            unit = "minutes per item",
            meaning = "time to remove a spam or troll item",
            source = "assumption, swept")
        double minutesPerModeration,
    @Key(
            value = "5",
            min = 0,
            max = 24 * 60,
            unit = "minutes per outside mention",
            meaning = "time to answer an outside mention",
            source = "the seeds: the Wine Library e-mail took about five minutes")
        double minutesPerMention,
    @Key(
            value = "120",
            min = 0,
            max = 24 * 60,
            unit = "minutes",
            meaning = "time to write a public answer to a crisis",
            source = "assumption, swept")
        double minutesPerCrisisResponse,
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "share of the plan's quality",
            meaning =
                "a poll is quick to write: even when the manager is short of time, its quality is at least this share of the plan's",
            source = "assumption, swept")
        double pollQualityFloor) {
  public StaffingSpec {
    Catalog.check(
        StaffingSpec.class,
        hoursPerWeek,
        hourlyCost,
        minutesPerPost,
        minutesPerReply,
        minutesPerModeration,
        minutesPerMention,
        minutesPerCrisisResponse,
        pollQualityFloor);
  }

  /** Minutes available each day. */
  public double minutesPerDay() {
    return hoursPerWeek * 60 / 7;
  }
}
