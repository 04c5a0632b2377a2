package badaboum.scenario;

import java.nio.file.Path;

/** What every {@link Section} of one load shares: the problems and the key catalog. */
record Binding(Problems problems, KeyCatalog catalog) {

  /** Resolves a path relative to the file where it was written (which may be an extended base). */
  Path resolve(Position writtenAt, String relative) {
    Path dir = Path.of(writtenAt.file()).toAbsolutePath().getParent();
    return dir.resolve(relative).normalize();
  }
}
