package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A driver that spark-submit starts on a cluster node (cluster deploy mode) refuses relative paths
 * and a default results folder, before it reads or writes anything.
 */
class ClusterPathsTest {
  static final String NL = System.lineSeparator();
  static final String DEPLOY_MODE = "spark.submit.deployMode";
  static final String K8S_DRIVER = "spark.kubernetes.submitInDriver";

  @TempDir Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @AfterEach
  void clientModeAgain() {
    System.clearProperty(DEPLOY_MODE);
    System.clearProperty(K8S_DRIVER);
  }

  String scratch() {
    return Path.of("").toAbsolutePath().toString();
  }

  @Test
  void whereTheDriverRuns() {
    assertThat(ClusterPaths.driverOnClusterNode()).isFalse();
    System.setProperty(DEPLOY_MODE, "client");
    assertThat(ClusterPaths.driverOnClusterNode()).isFalse();
    System.setProperty(
        K8S_DRIVER, "true"); // Kubernetes' driver pod runs spark-submit in client mode
    assertThat(ClusterPaths.driverOnClusterNode()).isTrue();
    assertThat(ClusterPaths.clusterDeployMode()).isFalse();
    System.setProperty(DEPLOY_MODE, "cluster");
    assertThat(ClusterPaths.clusterDeployMode()).isTrue();
  }

  @Test
  void relativePathsAreNamed() {
    assertThat(
            ClusterPaths.problem(
                "sweep", "scenarios/a.yaml", "/shared/b.yaml", "--out", "results/a", "-j", "2"))
        .isEqualTo(
            "in cluster deploy mode the driver runs on a node of the cluster, in a scratch folder"
                + " of Spark's ("
                + scratch()
                + "), so relative paths do not name your files there (--out results/a, SCENARIO"
                + " scenarios/a.yaml): give absolute paths on a file system that this node mounts,"
                + " e.g. --out /shared/results/NAME (README: Sweeps on Spark)");
    assertThat(ClusterPaths.problem("sweep", "--resume", "results/a"))
        .contains("relative paths do not name your files there (--resume results/a)");
    assertThat(ClusterPaths.problem("report", "results/a")).contains("(DIR results/a)");
  }

  @Test
  void aDefaultResultsFolderIsRefused() {
    assertThat(ClusterPaths.problem("sweep", "/shared/a.yaml"))
        .isEqualTo(
            "in cluster deploy mode the driver runs on a node of the cluster, in a scratch folder"
                + " of Spark's ("
                + scratch()
                + "), so sweep without --out would write its results there, to be lost: give"
                + " absolute paths on a file system that this node mounts, e.g. --out"
                + " /shared/results/NAME (README: Sweeps on Spark)");
    assertThat(ClusterPaths.problem("run", "a.yaml"))
        .contains("(SCENARIO a.yaml), and run without --out would write its results there");
  }

  @Test
  void absolutePathsHelpAndUnparsableLinesPass() {
    assertThat(ClusterPaths.problem("sweep", "/shared/a.yaml", "--out", "/shared/r")).isNull();
    assertThat(ClusterPaths.problem("sweep", "--resume", "/shared/r")).isNull();
    assertThat(ClusterPaths.problem("sweep", "--retry-failed", "/shared/r")).isNull();
    assertThat(ClusterPaths.problem("sweep", "/shared/a.yaml", "--dry-run")).isNull();
    assertThat(ClusterPaths.problem("sweep", "--help")).isNull();
    assertThat(ClusterPaths.problem("--version")).isNull();
    assertThat(ClusterPaths.problem("sweep", "--no-such-option")).isNull(); // sweep says why
  }

  @Test
  void theSparkEntryPointRefusesThemInClusterModeAndWritesNothing() {
    System.setProperty(DEPLOY_MODE, "cluster");
    assertThat(run("sweep", "src/test/resources/scenarios/sweep-tiny.yaml", "--out", "" + dir))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .startsWith("badaboum: in cluster deploy mode the driver runs on a node of the cluster")
        .contains("(SCENARIO src/test/resources/scenarios/sweep-tiny.yaml)")
        .endsWith("(README: Sweeps on Spark)" + NL);
    assertThat(dir).isEmptyDirectory();
    assertThat(System.getProperty(SparkMain.ENGINE_PROPERTY)).isNull();

    clientModeAgain(); // in client mode the driver is where the command was typed
    assertThat(
            run(
                "sweep",
                "src/test/resources/scenarios/sweep-tiny.yaml",
                "--engine",
                "local",
                "--replications",
                "1",
                "--quiet",
                "--out",
                "" + dir.resolve("client")))
        .isZero();
  }

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return SparkMain.execute(cl, args);
  }
}
