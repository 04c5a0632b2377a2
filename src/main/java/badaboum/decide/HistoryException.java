package badaboum.decide;

import java.util.List;

/** A history file that cannot be read: every problem, each as {@code file:line:column: what}. */
public final class HistoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  HistoryException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
