package badaboum.cli;

import java.nio.file.Path;

/** Names derived from scenario files for results folders. */
final class ResultsFolderNames {
  private ResultsFolderNames() {}

  /** The file name without its .yaml or .yml extension. */
  static String stem(Path file) {
    return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
  }
}
