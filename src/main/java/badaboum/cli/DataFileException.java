package badaboum.cli;

import java.util.List;

/** A data file named by the scenario (an edge list) is wrong; each problem has its line. */
final class DataFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  DataFileException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
