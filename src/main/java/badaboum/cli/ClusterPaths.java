package badaboum.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Paths on a driver that spark-submit started on a node of the cluster (cluster deploy mode): the
 * driver's working folder there is a scratch folder of Spark's, not the folder the command was
 * typed in, so a relative path names no file of the user's and a default results folder would be
 * written in the scratch folder, then lost. Such a command is refused before it reads or writes
 * anything, naming the paths to make absolute.
 */
final class ClusterPaths {
  /** The options that say where results go; without one of them, a default relative folder. */
  private static final List<String> WHERE_RESULTS_GO =
      List.of("--out", "--resume", "--retry-failed", "--dry-run");

  private ClusterPaths() {}

  /**
   * Whether this JVM is a driver that spark-submit started on a cluster node: cluster deploy mode
   * on a standalone cluster or YARN, or the driver pod of Kubernetes (which runs spark-submit again
   * in client mode, so says so with its own setting).
   */
  static boolean driverOnClusterNode() {
    return clusterDeployMode()
        || Boolean.parseBoolean(System.getProperty("spark.kubernetes.submitInDriver"));
  }

  /** Whether spark-submit runs this driver in cluster deploy mode (a standalone cluster, YARN). */
  static boolean clusterDeployMode() {
    return "cluster".equals(System.getProperty("spark.submit.deployMode"));
  }

  /**
   * What is wrong with the paths of a command line for a driver on a cluster node, or null when
   * nothing is (or the command line does not parse: the command itself then says why).
   */
  static String problem(String... args) {
    ParseResult parsed;
    try {
      parsed = Main.commandLine().parseArgs(args);
    } catch (ParameterException e) {
      return null;
    }
    List<String> relative = new ArrayList<>();
    String defaultOut = null;
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.isUsageHelpRequested() || level.isVersionHelpRequested()) {
        return null;
      }
      for (OptionSpec option : level.matchedOptions()) {
        collectRelative(option.longestName(), option, relative);
      }
      for (PositionalParamSpec positional : level.matchedPositionals()) {
        collectRelative(positional.paramLabel(), positional, relative);
      }
      if (level.commandSpec().findOption("--out") != null
          && WHERE_RESULTS_GO.stream().noneMatch(level::hasMatchedOption)) {
        defaultOut = level.commandSpec().name();
      }
    }
    if (relative.isEmpty() && defaultOut == null) {
      return null;
    }
    StringBuilder problem =
        new StringBuilder(
            "in cluster deploy mode the driver runs on a node of the cluster, in a scratch folder"
                + " of Spark's ("
                + Path.of("").toAbsolutePath()
                + "), so ");
    if (!relative.isEmpty()) {
      problem
          .append("relative paths do not name your files there (")
          .append(String.join(", ", relative))
          .append(")");
    }
    if (defaultOut != null) {
      problem
          .append(relative.isEmpty() ? "" : ", and ")
          .append(defaultOut)
          .append(" without --out would write its results there, to be lost");
    }
    return problem
        .append(
            ": give absolute paths on a file system that this node mounts, e.g. --out"
                + " /shared/results/NAME (README: Sweeps on Spark)")
        .toString();
  }

  private static void collectRelative(String name, ArgSpec arg, List<String> relative) {
    Object value = arg.getValue();
    Collection<?> values = value instanceof Collection<?> many ? many : List.of(value);
    for (Object one : values) {
      if (one instanceof Path path && !path.isAbsolute()) {
        relative.add(name + " " + path);
      }
    }
  }
}
