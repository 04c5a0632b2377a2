package badaboum.scenario;

import java.nio.file.Path;

/**
 * What every {@link Section} of one load shares: the problems found so far, and the horizon once it
 * is read, which bounds the keys that are days or periods.
 */
final class Binding {
  private final Problems problems;
  private final java.util.Map<String, Path> directories = new java.util.HashMap<>();
  private int horizon = ScenarioLimits.MAX_DAYS;

  Binding(Problems problems) {
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  int horizon() {
    return horizon;
  }

  void horizon(int days) {
    horizon = days;
  }

  /** Where the relative paths of the text labelled {@code label} start. */
  void directory(String label, Path directory) {
    directories.put(label, directory);
  }

  /** Resolves a path relative to the file where it was written (which may be an extended base). */
  Path resolve(Position writtenAt, String relative) {
    Path dir = directories.get(writtenAt.file());
    if (dir == null) {
      dir = Path.of(writtenAt.file()).toAbsolutePath().getParent();
    }
    return dir.resolve(relative).normalize();
  }
}
