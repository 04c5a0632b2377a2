package badaboum.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that cannot be used, with every problem found in it. */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public static ScenarioException of(Position position, String message) {
    return new ScenarioException(List.of(new Problem(position, "", message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
