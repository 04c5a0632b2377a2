package badaboum.scenario;

/**
 * Polls: explicit listening, a question put to the members.
 *
 * @param every days between polls (0: none)
 */
public record PollsSpec(int start, int every) {

  public boolean on(int day) {
    return every > 0 && day >= start && (day - start) % every == 0;
  }
}
