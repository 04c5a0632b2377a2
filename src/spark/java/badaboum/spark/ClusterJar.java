package badaboum.spark;

import badaboum.sweep.ExecutorException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;

/**
 * Makes sure the executors of a cluster can load badaboum's classes: a Spark task carries the
 * sweep's functions serialized, and an executor without badaboum's jar cannot read them back (it
 * fails every task with {@code ClassCastException: cannot assign instance of
 * java.lang.invoke.SerializedLambda}). spark-submit names the application's jar in {@code
 * spark.jars}; {@code ./badaboum-spark} and {@code java -cp}, which start the driver without it,
 * get this jar added there, from where this class was loaded.
 */
final class ClusterJar {
  static final String JARS = "spark.jars";
  static final String EXECUTOR_CLASS_PATH = "spark.executor.extraClassPath";

  private ClusterJar() {}

  /**
   * Whether a master's tasks run in this JVM ({@code local}, {@code local[N]}, {@code local[N,F]},
   * {@code local[*]}), so that they see this JVM's classes; {@code local-cluster[...]} starts
   * executors of its own.
   */
  static boolean inProcess(String master) {
    return master.equals("local") || master.startsWith("local[");
  }

  /** Where this class was loaded from: badaboum's jar, or a classes folder; null when unknown. */
  static Path ownLocation() {
    CodeSource source = ClusterJar.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Adds {@code jar} to {@code spark.jars} for a master whose executors are other JVMs, unless a
   * jar of that name is there already (spark-submit put it there).
   *
   * @return the jar added, or null when nothing was added
   * @throws ExecutorException when badaboum does not run from a jar (an IDE's classes folder) and
   *     neither {@code spark.jars} nor {@code spark.executor.extraClassPath} says where the
   *     executors find its classes
   */
  static Path ship(SparkConf conf, String master, Path jar) {
    if (inProcess(master)) {
      return null;
    }
    if (jar == null || !Files.isRegularFile(jar)) {
      if (conf.contains(JARS) || conf.contains(EXECUTOR_CLASS_PATH)) {
        return null; // the user said where the executors find the classes
      }
      throw new ExecutorException(
          "badaboum runs from "
              + (jar == null ? "classes of unknown origin" : "the folder " + jar)
              + ", not from a jar, so the executors of "
              + master
              + " could not load its classes: build target/badaboum-spark.jar with mvn -Pspark"
              + " package and run that (./badaboum-spark or spark-submit), or set "
              + JARS
              + " (README: Sweeps on Spark)");
    }
    List<String> jars = new ArrayList<>();
    for (String entry : conf.get(JARS, "").split(",")) {
      if (!entry.isBlank()) {
        jars.add(entry.strip());
      }
    }
    String name = jar.getFileName().toString();
    if (jars.stream().anyMatch(entry -> fileName(entry).equals(name))) {
      return null;
    }
    Path absolute = jar.toAbsolutePath();
    jars.add(absolute.toString());
    conf.set(JARS, String.join(",", jars));
    return absolute;
  }

  /** The last segment of a path or URL in {@code spark.jars}. */
  private static String fileName(String entry) {
    List<String> segments = Arrays.asList(entry.split("[/\\\\]"));
    return segments.isEmpty() ? entry : segments.get(segments.size() - 1);
  }
}
