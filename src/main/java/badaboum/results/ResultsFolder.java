package badaboum.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Chooses and creates the folder a command writes to. Results are never written over: a folder that
 * holds a sweep says how to go on with it, any other says how to choose another.
 *
 * <p>A sweep's folder appears whole: its first files (scenarios, points.csv, the journals' headers,
 * manifest.json) are written in a hidden folder beside it, which is then renamed into place, so a
 * kill at any moment leaves either no folder or one that {@code --resume} takes. (An empty folder
 * given with {@code --out} is set up in place, manifest last: a kill before it leaves a folder that
 * the same {@code --out} reuses.)
 */
public final class ResultsFolder {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");
  private static final Pattern STAGING = Pattern.compile("\\..+\\.starting-(\\d+)");

  /** What a sweep may have written before its manifest: a folder with only these never began. */
  private static final Set<String> BEFORE_MANIFEST =
      Stream.of(
              ResultsFile.LOCK,
              ResultsFile.SCENARIO,
              ResultsFile.EFFECTIVE,
              ResultsFile.POINTS,
              ResultsFile.RUNS,
              ResultsFile.TIMINGS,
              ResultsFile.DAILY,
              ResultsFile.MANIFEST)
          .flatMap(f -> Stream.of(f.fileName(), f.temporaryName()))
          .collect(Collectors.toUnmodifiableSet());

  private ResultsFolder() {}

  /** What fills a folder being set up. */
  @FunctionalInterface
  public interface Setup {
    void write(Path folder) throws IOException;
  }

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

  /** Creates a folder for a run; refuses one that already holds files. */
  public static Path create(Path folder) {
    try {
      requireNew(folder, false);
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create results folder " + folder, e);
    }
  }

  /**
   * Creates a sweep's folder with its first files, all at once: {@code setup} writes them into a
   * hidden folder beside it, which is then renamed to {@code folder}.
   */
  public static void createWhole(Path folder, Setup setup) {
    Path staging = null;
    try {
      requireNew(folder, true);
      if (Files.isDirectory(folder)) {
        // an empty folder given (a mount point, say) cannot be replaced: it is set up in place, the
        // manifest last, so that until then it counts as a folder a sweep never began in
        setup.write(folder);
        return;
      }
      Path parent = folder.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      removeAbandonedStaging(parent);
      staging =
          parent.resolve("." + folder.getFileName() + ".starting-" + ProcessHandle.current().pid());
      deleteTree(staging);
      Files.createDirectory(staging);
      setup.write(staging);
      Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
      staging = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create results folder " + folder, e);
    } finally {
      if (staging != null) {
        try {
          deleteTree(staging);
        } catch (IOException | RuntimeException e) {
          // what stopped the setup is reported; a hidden folder left here is removed next time
        }
      }
    }
  }

  /**
   * Refuses a folder that holds files; for a sweep ({@code reuse}), a folder that holds only what a
   * sweep that never began left in it is emptied and used.
   */
  private static void requireNew(Path folder, boolean reuse) throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new ResultsException(folder + " exists and is not a folder; choose another --out");
    }
    if (!Files.isDirectory(folder)) {
      return;
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(folder)) {
      entries = list.toList();
    }
    if (entries.isEmpty()) {
      return;
    }
    if (Files.exists(ResultsFile.MANIFEST.in(folder))) {
      Manifest.Status status = statusOf(folder);
      if (status != null && !status.finished()) {
        throw new ResultsException(
            "results folder "
                + folder
                + " holds a sweep that did not finish (status "
                + status.label()
                + "); go on with it: badaboum sweep --resume "
                + folder
                + " (results are never overwritten: to start afresh, choose another --out)");
      }
      throw new ResultsException(
          "results folder "
              + folder
              + " holds a finished sweep; results are never overwritten. Choose another --out");
    }
    if (reuse && neverBegan(folder, entries)) {
      for (Path entry : entries) {
        Files.delete(entry);
      }
      return;
    }
    throw new ResultsException(
        "results folder "
            + folder
            + " already exists and is not empty; results are never overwritten. Choose another"
            + " --out, or delete that folder first");
  }

  /**
   * Whether a folder without a manifest holds only what a sweep writes before its first run (an
   * older badaboum wrote runs.csv before manifest.json): no run was recorded, nothing is lost.
   */
  static boolean neverBegan(Path folder, List<Path> entries) throws IOException {
    boolean sweeps =
        Stream.of(ResultsFile.LOCK, ResultsFile.EFFECTIVE, ResultsFile.RUNS)
            .anyMatch(file -> Files.exists(file.in(folder)));
    if (!sweeps) {
      return false;
    }
    for (Path entry : entries) {
      if (!BEFORE_MANIFEST.contains(entry.getFileName().toString()) || Files.isDirectory(entry)) {
        return false;
      }
    }
    Path runs = ResultsFile.RUNS.in(folder);
    if (Files.exists(runs)) {
      try (Stream<String> lines = Files.lines(runs)) {
        return lines.limit(2).count() <= 1;
      } catch (UncheckedIOException e) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code folder} exists and holds only what a sweep that never began left in it. */
  public static boolean neverBegan(Path folder) {
    if (!Files.isDirectory(folder) || Files.exists(ResultsFile.MANIFEST.in(folder))) {
      return false;
    }
    try (Stream<Path> list = Files.list(folder)) {
      return neverBegan(folder, list.toList());
    } catch (IOException e) {
      return false;
    }
  }

  private static Manifest.Status statusOf(Path folder) {
    try {
      return Manifest.read(folder).status();
    } catch (ResultsException e) {
      return null;
    }
  }

  /** Hidden setup folders whose process is gone (killed while it set up). */
  private static void removeAbandonedStaging(Path parent) throws IOException {
    try (Stream<Path> list = Files.list(parent)) {
      for (Path entry : (Iterable<Path>) list::iterator) {
        Matcher name = STAGING.matcher(entry.getFileName().toString());
        if (name.matches()
            && ProcessHandle.of(Long.parseLong(name.group(1)))
                .map(p -> !p.isAlive())
                .orElse(true)) {
          deleteTree(entry);
        }
      }
    } catch (NumberFormatException e) {
      // not one of ours
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  /** A scenario name fit for a folder name. */
  static String safe(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9._-]+", "-");
    return cleaned.isEmpty() ? "scenario" : cleaned;
  }
}
