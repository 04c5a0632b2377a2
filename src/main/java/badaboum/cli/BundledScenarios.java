package badaboum.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scenario files that come with badaboum: the flagship, the workshop pack and the textbook
 * reductions, found beside the jar (or in the working folder when run from the sources). Files
 * whose name starts with an underscore are building blocks for others, and the plan template is a
 * team's plan for {@code badaboum workshop}: neither is a scenario.
 */
final class BundledScenarios {
  /** The teams' starting point for a workshop round, beside the workshop scenarios. */
  static final String PLAN_TEMPLATE = "plan-template.yaml";

  private BundledScenarios() {}

  /** The scenarios folder: next to target/ when run from the jar, else ./scenarios. */
  static Path folder() {
    Path here = Path.of("scenarios");
    if (Files.isDirectory(here)) {
      return here;
    }
    try {
      Path jar =
          Path.of(
              BundledScenarios.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path beside = jar.toAbsolutePath().getParent().getParent().resolve("scenarios");
      return Files.isDirectory(beside) ? beside : here;
    } catch (URISyntaxException | SecurityException e) {
      return here;
    }
  }

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** Wide enough for any number in a scenario's name. */
  private static final int NUMBER_WIDTH = 9;

  /** Every bundled scenario file, in folder then name order (h2 before h10). */
  static List<Path> all(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new UsageProblem(
          "no scenarios folder at " + folder.toAbsolutePath() + "; run badaboum from its folder");
    }
    try (Stream<Path> files = Files.walk(folder, 2)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".yaml"))
          .filter(f -> !f.getFileName().toString().startsWith("_"))
          .filter(f -> !f.getFileName().toString().equals(PLAN_TEMPLATE))
          .sorted((a, b) -> order(folder, a).compareTo(order(folder, b)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  /** Top-level scenarios first, then the workshop pack, then the textbook reductions. */
  private static String order(Path folder, Path file) {
    Path relative = folder.relativize(file);
    String group =
        relative.getNameCount() == 1
            ? "0"
            : relative.getName(0).toString().equals("workshop") ? "1" : "2";
    return group + naturally(relative.toString());
  }

  /** Numbers in names compare as numbers: h2 before h10. */
  private static String naturally(String name) {
    Matcher digits = DIGITS.matcher(name);
    StringBuilder out = new StringBuilder();
    while (digits.find()) {
      String run = digits.group();
      digits.appendReplacement(out, "0".repeat(Math.max(0, NUMBER_WIDTH - run.length())) + run);
    }
    digits.appendTail(out);
    return out.toString();
  }
}
