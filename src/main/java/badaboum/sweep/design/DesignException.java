package badaboum.sweep.design;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in a design and its factors at once, so the user fixes them in one go. */
public final class DesignException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<DesignProblem> problems;

  public DesignException(List<DesignProblem> problems) {
    super(problems.stream().map(DesignProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a DesignException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems in the order they were found: factors in their given order, then the design. */
  public List<DesignProblem> problems() {
    return problems;
  }

  /** Each problem as one line, {@code path: message} (or just the message for the design). */
  public List<String> messages() {
    return problems.stream().map(DesignProblem::toString).collect(Collectors.toList());
  }

  static void throwIfAny(List<DesignProblem> problems) {
    if (!problems.isEmpty()) {
      throw new DesignException(problems);
    }
  }
}
