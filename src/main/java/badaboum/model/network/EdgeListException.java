package badaboum.model.network;

import java.util.List;

/**
 * An edge-list file that cannot become a friendship graph, with every problem found in it, each
 * formatted {@code FILE:LINE: message} (or {@code FILE: message} for the file as a whole) and
 * saying what was seen and how to fix it.
 *
 * <p>Unchecked, because callers can do nothing but report it: the command line turns it into an
 * "invalid scenario" exit.
 */
public final class EdgeListException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems reported one by one; later ones are only counted. */
  static final int MAX_LISTED = 20;

  private final List<String> problems;
  private final int problemCount;

  EdgeListException(String file, List<String> problems, int problemCount) {
    super(message(file, problems, problemCount));
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  /** The problems found, at most {@value #MAX_LISTED} of them, in file order. */
  public List<String> problems() {
    return problems;
  }

  /** How many problems were found in all, including those not listed. */
  public int problemCount() {
    return problemCount;
  }

  private static String message(String file, List<String> problems, int problemCount) {
    if (problemCount == 1) {
      return problems.get(0);
    }
    StringBuilder message =
        new StringBuilder(file + " has " + problemCount + " problems:" + System.lineSeparator());
    for (String problem : problems) {
      message.append("  ").append(problem).append(System.lineSeparator());
    }
    int unlisted = problemCount - problems.size();
    if (unlisted > 0) {
      message
          .append("  and ")
          .append(unlisted)
          .append(unlisted == 1 ? " more problem" : " more problems")
          .append(System.lineSeparator());
    }
    return message.toString().stripTrailing();
  }
}
