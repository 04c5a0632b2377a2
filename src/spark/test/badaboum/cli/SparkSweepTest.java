package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.Simulation;
import badaboum.sweep.RunFunction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code sweep --engine spark --master local[2]}: the same results folder, byte for byte, as the
 * local engine; failed runs and resume after a kill as locally. (Issue 7: CI runs this class.)
 */
class SparkSweepTest {
  static final String GRID = "src/test/resources/scenarios/sweep-tiny.yaml";
  static final String NL = System.lineSeparator();

  @TempDir Path dir;

  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();

  @Test
  void runsCsvAndDailyCsvAreTheLocalEnginesBytes() throws IOException {
    Path local = dir.resolve("local");
    Path spark = dir.resolve("spark");
    assertThat(run("sweep", GRID, "-j", "2", "--quiet", "--out", "" + local)).isZero();
    assertThat(
            run(
                "sweep",
                GRID,
                "--engine",
                "spark",
                "--master",
                "local[2]",
                "--quiet",
                "--out",
                "" + spark))
        .as(err.toString())
        .isZero();
    assertThat(out.toString())
        .startsWith(
            "48 runs (grid: 6 points × 2 arms × 4 replications): 48 ok, 0 failed; this session"
                + " ran 48 in ")
        .contains(" runs/s on Spark (local[2]))" + NL);
    for (String file : List.of("runs.csv", "daily.csv")) {
      assertThat(Files.readAllBytes(spark.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(local.resolve(file)));
    }
    assertThat(Files.readAllLines(spark.resolve("timings.csv"))).hasSize(1 + 48);
    assertThat(Files.readString(spark.resolve("manifest.json"))).contains("\"complete\"");
    assertThat(Files.readString(spark.resolve("scenario.effective.yaml")))
        .isEqualTo(Files.readString(local.resolve("scenario.effective.yaml")));
  }

  static final Set<Long> BROKEN = Set.of(5L, 30L);

  static final RunFunction FAILING =
      (RunFunction & Serializable)
          (task, spec) -> {
            if (BROKEN.contains(task.runId())) {
              throw new IllegalArgumentException("injected failure");
            }
            return Simulation.run(spec);
          };

  @Test
  void failedRunsAreTheLocalEnginesRowsAndRetryFailedRunsThemOnSpark() throws IOException {
    Path whole = dir.resolve("whole");
    Path local = dir.resolve("local");
    Path spark = dir.resolve("spark");
    assertThat(run("sweep", GRID, "--quiet", "--out", "" + whole)).isZero();
    assertThat(sweep(FAILING, GRID, "-j", "2", "--quiet", "--out", "" + local)).isEqualTo(1);
    assertThat(
            sweep(
                FAILING,
                GRID,
                "--engine",
                "spark",
                "--master",
                "local[2]",
                "--quiet",
                "--out",
                "" + spark))
        .isEqualTo(1);
    assertThat(out.toString()).contains("46 ok, 2 failed");
    assertThat(err.toString())
        .endsWith(
            "2 of 48 runs failed; runs.csv has their error and seed (status=failed). Run just"
                + " those again with: badaboum sweep --retry-failed "
                + spark
                + NL);
    for (String file : List.of("runs.csv", "daily.csv")) {
      assertThat(Files.readAllBytes(spark.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(local.resolve(file)));
    }
    assertThat(Files.readAllLines(spark.resolve("runs.csv")).get(1 + 5))
        .contains(",failed,IllegalArgumentException: injected failure,");

    assertThat(
            run("sweep", "--retry-failed", "" + spark, "--engine", "spark", "--master", "local[2]"))
        .as(err.toString())
        .isZero();
    for (String file : List.of("runs.csv", "daily.csv")) {
      assertThat(Files.readAllBytes(spark.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
  }

  @Test
  void aSparkSweepKilledHalfWayIsResumedOnSparkToTheLocalEnginesFiles() throws Exception {
    // 6 points × 2 arms × 30 replications = 360 runs
    Path whole = dir.resolve("whole");
    assertThat(
            run("sweep", GRID, "--replications", "30", "-j", "2", "--quiet", "--out", "" + whole))
        .isZero();

    Path killed = dir.resolve("killed");
    Process sweep =
        start(
            GRID,
            "--replications",
            "30",
            "--engine",
            "spark",
            "--master",
            "local[2]",
            "--quiet",
            "--out",
            "" + killed);
    Path runs = killed.resolve("runs.csv");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (lines(runs) < 40 && sweep.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    sweep.destroyForcibly(); // SIGKILL: the driver and its local executors die together
    assertThat(sweep.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(lines(runs) - 1)
        .as("rows when killed (a kill before the end); log: %s", log())
        .isBetween(39L, 359L);
    assertThat(Files.readString(killed.resolve("manifest.json"))).contains("\"running\"");

    assertThat(
            run(
                "sweep",
                "--resume",
                "" + killed,
                "--engine",
                "spark",
                "--master",
                "local[2]",
                "--quiet"))
        .as(err.toString())
        .isZero();
    for (String file : List.of("runs.csv", "daily.csv")) {
      assertThat(Files.readAllBytes(killed.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
    assertThat(Files.readString(killed.resolve("manifest.json"))).contains("\"complete\"");
  }

  @Test
  void aMasterIsForTheSparkEngineOnly() {
    assertThat(run("sweep", GRID, "--master", "local[2]", "--out", "" + dir.resolve("x")))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .isEqualTo(
            "badaboum: --master goes with --engine spark; the local engine runs on this"
                + " machine's threads (-j)"
                + NL);
    assertThat(dir.resolve("x")).doesNotExist();
  }

  private int run(String... args) {
    return execute(Main.commandLine(), args);
  }

  private int sweep(RunFunction function, String... args) {
    CommandLine cl = new CommandLine(new SweepCommand(function, false, System::nanoTime));
    cl.setExecutionExceptionHandler(new ErrorHandler());
    return execute(cl, args);
  }

  private int execute(CommandLine cl, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  /** A sweep in a JVM of its own, with this JVM's Spark options (--add-opens, logging). */
  private Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (option.startsWith("--add-opens")
          || option.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
          || option.startsWith("-D")) {
        command.add(option);
      }
    }
    command.add("-Xmx1g"); // Spark wants 450 MB of heap at least
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("badaboum.cli.Main");
    command.add("sweep");
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("sweep.log").toFile())
        .start();
  }

  private String log() throws IOException {
    return Files.readString(dir.resolve("sweep.log"));
  }

  private static long lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    long count = 0;
    for (byte b : Files.readAllBytes(file)) {
      if (b == '\n') {
        count++;
      }
    }
    return count;
  }
}
