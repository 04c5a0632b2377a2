package badaboum.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/**
 * Chooses and creates the folder a command writes to. An existing folder with files in it is never
 * written over: the user is told how to choose another.
 */
public final class ResultsFolder {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

  private ResultsFolder() {}

  /** {@code results/<scenario>/<timestamp>-<kind>/}, made unique with a suffix if needed. */
  public static Path defaultFor(Path root, String scenario, String kind, LocalDateTime now) {
    Path base = root.resolve(safe(scenario));
    String stem = STAMP.format(now) + "-" + kind;
    Path candidate = base.resolve(stem);
    for (int i = 2; Files.exists(candidate); i++) {
      candidate = base.resolve(stem + "-" + i);
    }
    return candidate;
  }

  /** Creates the folder; refuses one that already holds files. */
  public static Path create(Path folder) {
    try {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> entries = Files.list(folder)) {
          if (entries.findAny().isPresent()) {
            throw new ResultsException(
                "results folder "
                    + folder
                    + " already exists and is not empty; results are never overwritten."
                    + " Choose another --out, or delete that folder first");
          }
        }
      } else if (Files.exists(folder)) {
        throw new ResultsException(folder + " exists and is not a folder; choose another --out");
      }
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create results folder " + folder, e);
    }
  }

  /** A scenario name fit for a folder name. */
  static String safe(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9._-]+", "-");
    return cleaned.isEmpty() ? "scenario" : cleaned;
  }
}
