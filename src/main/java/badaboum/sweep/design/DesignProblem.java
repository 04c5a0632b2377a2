package badaboum.sweep.design;

import java.util.Objects;

/**
 * One thing wrong with a design or one of its factors.
 *
 * @param path the factor's dotted path, or empty when the problem is with the design's own settings
 *     (its name, n, levels...); lets the caller point at the right line of the file
 * @param message what is wrong, the value seen, and how to fix it
 */
public record DesignProblem(String path, String message) {

  public DesignProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** A problem with the design's own settings rather than with one factor. */
  static DesignProblem ofDesign(String message) {
    return new DesignProblem("", message);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
