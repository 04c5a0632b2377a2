package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's main class in a JVM that is not its own: a managed platform's driver, which already
 * runs a Spark context, or cluster deploy mode. It must return (a {@code System.exit} here would
 * end the test JVM, and Maven would report the fork as crashed) or throw for a failure.
 */
class SparkMainTest {
  static final String GRID = "src/test/resources/scenarios/sweep-tiny.yaml";

  @TempDir Path dir;

  @Test
  void inAPlatformsDriverItSweepsOnItsContextReturnsAndLeavesTheContextRunning() throws Exception {
    JavaSparkContext platform =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("a platform's context")
                .set("spark.ui.enabled", "false"));
    try {
      assertThat(SparkMain.sparkContextRunning()).isTrue();
      Path out = dir.resolve("sweep");
      SparkMain.main(
          new String[] {"sweep", GRID, "--replications", "1", "--quiet", "--out", out.toString()});
      assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSize(1 + 12);
      assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"complete\"");
      assertThat(platform.sc().isStopped()).isFalse();
      assertThat(System.getProperty(SparkMain.ENGINE_PROPERTY)).isNull();

      assertThatThrownBy(() -> SparkMain.main(new String[] {"sweep"}))
          .isInstanceOf(SparkMain.Failed.class)
          .hasMessage(
              "badaboum ended with exit code 2 (1 failure, 2 usage, 3 invalid scenario); the lines"
                  + " it wrote before say why")
          .hasNoCause()
          .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
      assertThat(platform.sc().isStopped()).isFalse();
    } finally {
      platform.stop();
    }
    assertThat(SparkMain.sparkContextRunning()).isFalse();
  }

  @Test
  void inClusterDeployModeItReturnsOrThrowsInsteadOfEndingTheJvm() {
    System.setProperty("spark.submit.deployMode", "cluster");
    try {
      assertThatThrownBy(() -> SparkMain.main(new String[] {"sweep", GRID, "--out", "x"}))
          .isInstanceOf(SparkMain.Failed.class)
          .hasFieldOrPropertyWithValue("code", ExitCodes.USAGE);
      assertThat(Path.of("x")).doesNotExist();
      SparkMain.main(new String[] {"--version"});
    } finally {
      System.clearProperty("spark.submit.deployMode");
    }
  }
}
