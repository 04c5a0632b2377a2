package badaboum.scenario;

/**
 * How the brand answers.
 *
 * @param rate share of members' comments the community manager means to answer
 * @param delayHours how long an answer takes when the manager keeps up (hours)
 * @param personal personal touch of an answer, 0 (canned) to 1 (by name, in the member's words)
 * @param listening share of mentions of the brand outside its page that get an answer
 */
public record RepliesSpec(double rate, double delayHours, double personal, double listening) {
  public RepliesSpec {
    Checks.within("replies.rate", rate, 0, 1);
    Checks.within("replies.personal", personal, 0, 1);
    Checks.within("replies.listening", listening, 0, 1);
  }
}
