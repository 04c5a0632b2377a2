package badaboum.scenario;

/**
 * The community manager's time and what each task costs of it. What does not fit in the hours is
 * not done: posts are rushed (lower quality), then replies, moderation and listening are dropped.
 */
public record StaffingSpec(
    double hoursPerWeek,
    double hourlyCost,
    double minutesPerPost,
    double minutesPerReply,
    double minutesPerModeration,
    double minutesPerMention,
    double minutesPerCrisisResponse) {

  /** Minutes available each day. */
  public double minutesPerDay() {
    return hoursPerWeek * 60 / 7;
  }
}
