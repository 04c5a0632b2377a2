package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import badaboum.sweep.RunExecutorFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sweep --engine}: what the default build, which has no Spark, says to each engine. */
class EngineOptionTest {
  static final String GRID = "src/test/resources/scenarios/sweep-tiny.yaml";
  static final String NL = System.lineSeparator();

  @TempDir Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @Test
  void askedForSparkTheDefaultBuildSaysHowToGetItAndWritesNothing() {
    assumeTrue(
        ServiceLoader.load(RunExecutorFactory.class).findFirst().isEmpty(),
        "a build with -Pspark has Spark");
    Path folder = dir.resolve("spark");
    assertThat(run("sweep", GRID, "--engine", "spark", "--out", "" + folder))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .isEqualTo(
            "badaboum: this build has no Spark; build with mvn -Pspark package, then submit"
                + " target/badaboum-spark.jar with spark-submit, or run ./badaboum-spark for"
                + " Spark's local mode (README: Sweeps on Spark)"
                + NL);
    assertThat(folder).doesNotExist();
  }

  @Test
  void theSparkEntryPointMakesSparkTheDefaultEngine() {
    assumeTrue(ServiceLoader.load(RunExecutorFactory.class).findFirst().isEmpty());
    assertThat(spark("sweep", GRID, "--out", "" + dir.resolve("x"))).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("badaboum: this build has no Spark;");
    assertThat(spark("sweep", GRID, "--engine", "local", "--quiet", "--out", "" + dir.resolve("y")))
        .isZero();
    assertThat(System.getProperty(SparkMain.ENGINE_PROPERTY)).as("left as it was").isNull();
    assertThat(run("sweep", GRID, "--quiet", "--out", "" + dir.resolve("z"))).isZero();
  }

  @Test
  void anUnknownEngineOrAMasterWithoutSparkIsAUsageError() {
    assertThat(run("sweep", GRID, "--engine", "hadoop", "--out", "" + dir.resolve("a")))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .isEqualTo("badaboum: unknown engine 'hadoop'; use local or spark" + NL);
    assertThat(run("sweep", GRID, "--master", "local[2]", "--out", "" + dir.resolve("b")))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .isEqualTo(
            "badaboum: --master goes with --engine spark; the local engine runs on this"
                + " machine's threads (-j)"
                + NL);
    assertThat(dir.resolve("a")).doesNotExist();
    assertThat(dir.resolve("b")).doesNotExist();
  }

  @Test
  void helpNamesTheEngines() {
    assertThat(run("sweep", "--help")).isZero();
    assertThat(out.toString())
        .contains("--engine=ENGINE")
        .contains("--master=URL")
        .contains("local: this machine's threads (the default)");
  }

  private int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line as the Spark jar's entry point runs it. */
  private int spark(String... args) {
    return SparkMain.execute(commandLine(), args);
  }

  private CommandLine commandLine() {
    CommandLine cl = Main.commandLine();
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl;
  }
}
