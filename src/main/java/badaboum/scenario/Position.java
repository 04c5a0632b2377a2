package badaboum.scenario;

/** Where a value was written: file name as the user gave it, 1-based line and column. */
public record Position(String file, int line, int column) {

  /** A position for things that have no place in a file, such as built-in defaults. */
  public static Position nowhere(String file) {
    return new Position(file, 0, 0);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
