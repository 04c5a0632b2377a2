package badaboum.scenario;

/**
 * One thing wrong with a scenario, printed as {@code file:line:column: key.path: message}.
 *
 * @param path the dotted key path, or empty when the problem is with the file itself
 */
public record Problem(Position position, String path, String message) {

  @Override
  public String toString() {
    return path.isEmpty() ? position + ": " + message : position + ": " + path + ": " + message;
  }
}
