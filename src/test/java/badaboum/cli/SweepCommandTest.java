package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.Simulation;
import badaboum.results.ResultsFile;
import badaboum.results.SweepLock;
import badaboum.sweep.RunFunction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The sweep and replay commands, run in-process as a user would type them. */
class SweepCommandTest {
  static final Path GRID = Path.of("src/test/resources/scenarios/sweep-tiny.yaml");
  static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");
  static final String NL = System.lineSeparator();

  @TempDir Path dir;

  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();

  int run(String... args) {
    return execute(Main.commandLine(), args);
  }

  /** The sweep command with a run function, a terminal or not, and a clock of our own. */
  int sweep(RunFunction function, Boolean terminal, String... args) {
    long[] clock = {0};
    CommandLine cl =
        new CommandLine(new SweepCommand(function, terminal, () -> clock[0] += 100_000_000L));
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

  @Test
  void aSweepWritesItsResultsFolder() throws IOException {
    Path folder = dir.resolve("a");
    assertThat(run("sweep", GRID.toString(), "--out", folder.toString(), "-j", "2", "--quiet"))
        .isZero();
    assertThat(out.toString())
        .startsWith(
            "48 runs (grid: 6 points × 2 arms × 4 replications): 48 ok, 0 failed; this session"
                + " ran 48 in ")
        .contains("results: " + folder + NL)
        .endsWith("report:  " + folder.resolve("report.html") + NL);
    assertThat(err.toString()).isEmpty();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "scenario.yaml",
              "scenario.effective.yaml",
              "points.csv",
              "manifest.json",
              "runs.csv",
              "daily.csv",
              "timings.csv",
              "statistics.csv",
              "comparison.csv",
              "survival.csv",
              "report.html");
    }
    assertThat(Files.readString(folder.resolve("scenario.yaml"))).isEqualTo(Files.readString(GRID));
    assertThat(Files.readString(folder.resolve("scenario.effective.yaml")))
        .contains("unfollow_per_day: 0.001")
        .contains("design: grid");
    List<String> runs = Files.readAllLines(folder.resolve("runs.csv"));
    assertThat(runs).hasSize(1 + 48);
    assertThat(runs.get(0))
        .startsWith(
            "run_id,point,arm,replicate,seed,audience.discovery,community.dormancy,status,error,"
                + "peak_fans,");
    assertThat(runs.get(1)).startsWith("0,0,steady,0,");
    assertThat(runs.get(48)).startsWith("47,5,boum,3,").contains(",0.02,0.03,ok,,");
    List<String> daily = Files.readAllLines(folder.resolve("daily.csv"));
    assertThat(daily).hasSize(1 + 6 * 2 * 31);
    assertThat(daily.get(0)).startsWith("point,arm,brand,day,replicates,fans_mean,fans_p5,");
    assertThat(daily.get(1)).startsWith("0,steady,brand,0,4,");
    assertThat(Files.readAllLines(folder.resolve("timings.csv")))
        .hasSize(1 + 48)
        .first()
        .isEqualTo("run_id,elapsed_ms");
    JsonNode manifest = manifest(folder);
    assertThat(manifest.get("status").asText()).isEqualTo("complete");
    assertThat(manifest.get("master_seed").asLong()).isEqualTo(11);
    assertThat(manifest.get("runs").asLong()).isEqualTo(48);
    assertThat(manifest.at("/design/name").asText()).isEqualTo("grid");
    assertThat(manifest.at("/design/points").asInt()).isEqualTo(6);
    assertThat(manifest.at("/counts/ok").asInt()).isEqualTo(48);
    assertThat(manifest.get("java_version").asText()).isEqualTo(System.getProperty("java.version"));
    assertThat(manifest.at("/sessions/0/threads").asInt()).isEqualTo(2);
  }

  @Test
  void runsCsvAndDailyCsvAreTheSameBytesWhateverTheThreadCount() throws IOException {
    for (String threads : List.of("1", "2", "3")) {
      assertThat(
              run(
                  "sweep",
                  GRID.toString(),
                  "-j",
                  threads,
                  "--quiet",
                  "--out",
                  dir.resolve("j" + threads).toString()))
          .isZero();
    }
    for (String file : List.of("runs.csv", "daily.csv")) {
      byte[] one = Files.readAllBytes(dir.resolve("j1").resolve(file));
      assertThat(Files.readAllBytes(dir.resolve("j2").resolve(file))).as(file).isEqualTo(one);
      assertThat(Files.readAllBytes(dir.resolve("j3").resolve(file))).as(file).isEqualTo(one);
    }
  }

  @Test
  void aFailingRunIsRecordedTheOthersGoOnAndRetryFailedRunsJustThose() throws IOException {
    Path whole = dir.resolve("whole");
    assertThat(run("sweep", GRID.toString(), "--quiet", "--out", whole.toString())).isZero();

    Set<Long> broken = Set.of(5L, 30L);
    RunFunction failing =
        (task, spec) -> {
          if (broken.contains(task.runId())) {
            throw new IllegalArgumentException("injected failure");
          }
          return Simulation.run(spec);
        };
    Path folder = dir.resolve("failing");
    assertThat(sweep(failing, false, GRID.toString(), "--quiet", "--out", folder.toString()))
        .isEqualTo(1);
    assertThat(out.toString()).contains("46 ok, 2 failed");
    assertThat(err.toString())
        .isEqualTo(
            "2 of 48 runs failed; runs.csv has their error and seed (status=failed). Run just"
                + " those again with: badaboum sweep --retry-failed "
                + folder
                + NL);
    List<String> runs = Files.readAllLines(folder.resolve("runs.csv"));
    assertThat(runs.get(1 + 5))
        .startsWith("5,0,boum,2,")
        .contains(",failed,IllegalArgumentException: injected failure,");
    assertThat(runs.get(1 + 5).split(",")[4]).isEqualTo(runs.get(1 + 4).split(",")[4]);
    assertThat(runs.stream().filter(r -> r.contains(",failed,"))).hasSize(2);
    assertThat(Files.readAllLines(folder.resolve("daily.csv")).get(1 + 31))
        .startsWith("0,boum,brand,0,3,");
    assertThat(manifest(folder).get("status").asText()).isEqualTo("complete_with_failures");

    assertThat(run("sweep", "--resume", folder.toString(), "--quiet")).isEqualTo(1);
    assertThat(out.toString()).contains("this session ran 0 in");

    assertThat(run("sweep", "--retry-failed", folder.toString(), "--quiet")).isZero();
    assertThat(out.toString()).contains("48 ok, 0 failed; this session ran 2 in");
    for (String file : List.of("runs.csv", "daily.csv")) {
      assertThat(Files.readString(folder.resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(whole.resolve(file)));
    }
    JsonNode manifest = manifest(folder);
    assertThat(manifest.get("status").asText()).isEqualTo("complete");
    assertThat(manifest.at("/sessions/2/kind").asText()).isEqualTo("retry-failed");
    assertThat(manifest.at("/sessions/2/runs").asInt()).isEqualTo(2);
  }

  @Test
  void aRunIsReplayedAloneFromItsRow() throws IOException {
    Path folder = dir.resolve("replay");
    assertThat(run("sweep", GRID.toString(), "--quiet", "--out", folder.toString())).isZero();
    assertThat(run("replay", folder.toString(), "29")).isZero();
    assertThat(out.toString())
        .startsWith(
            "run 29: point 3 (audience.discovery=0.02, community.dormancy=0.01), arm boum,"
                + " replicate 2, seed ")
        .contains("final_fans")
        .endsWith("the replay matches its row in runs.csv" + NL);

    List<String> runs = Files.readAllLines(folder.resolve("runs.csv"));
    String row = runs.get(1 + 29);
    String[] cells = row.split(",", -1);
    cells[11] = Integer.toString(Integer.parseInt(cells[11]) + 1); // final_fans
    runs.set(1 + 29, String.join(",", cells));
    Files.write(folder.resolve("runs.csv"), runs);
    assertThat(run("replay", folder.toString(), "29")).isEqualTo(1);
    assertThat(out.toString())
        .contains("the replay DIFFERS from its row in runs.csv:")
        .contains("final_fans: runs.csv " + cells[11] + ", replay ");

    assertThat(run("replay", folder.toString(), "48")).isEqualTo(2);
    assertThat(err.toString()).contains("run 48 is not in this sweep: its runs are 0 to 47");
  }

  @Test
  void aDryRunCountsAndEstimatesAndWritesNothing() {
    Path folder = dir.resolve("dry");
    assertThat(run("sweep", GRID.toString(), "--dry-run", "-j", "2", "--out", folder.toString()))
        .isZero();
    assertThat(out.toString())
        .startsWith("48 runs (grid: 6 points × 2 arms × 4 replications)" + NL)
        .contains("calibration: run 0 (point 0, steady, replicate 0) took ")
        .containsPattern("estimated time: about \\d+:\\d\\d on 2 threads")
        .containsPattern("estimated output: about \\d+ kB \\(runs.csv \\d+ kB, daily.csv \\d+ kB")
        .endsWith("dry run: nothing written" + NL);
    assertThat(folder).doesNotExist();
  }

  @Test
  void progressIsOneLinePerTenthOffATerminalAndRedrawnOnOne() {
    assertThat(
            sweep(
                RunFunction.SIMULATION,
                false,
                GRID.toString(),
                "-j",
                "1",
                "--out",
                dir.resolve("lines").toString()))
        .isZero();
    List<String> lines = err.toString().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "sweep sweep-tiny: 48 runs (grid: 6 points × 2 arms × 4 replications) on 1 thread,"
                + " into "
                + dir.resolve("lines"));
    assertThat(lines.subList(1, lines.size()))
        .hasSize(10)
        .first()
        .isEqualTo("5/48 runs (10%), 10.0 runs/s, 0:04 left, 0 failed");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("48/48 runs (100%), 10.0 runs/s, 0:00 left, 0 failed");

    assertThat(
            sweep(
                RunFunction.SIMULATION,
                true,
                GRID.toString(),
                "-j",
                "1",
                "--out",
                dir.resolve("terminal").toString()))
        .isZero();
    assertThat(err.toString())
        .contains("\r1/48 runs (2%), 10.0 runs/s, 0:05 left, 0 failed")
        .contains("\r48/48 runs (100%), 10.0 runs/s, 0:00 left, 0 failed" + NL);

    assertThat(
            sweep(
                RunFunction.SIMULATION,
                true,
                GRID.toString(),
                "--quiet",
                "--out",
                dir.resolve("quiet").toString()))
        .isZero();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aOnePointSweepPrintsEachArmsDistribution() {
    assertThat(
            run(
                "sweep",
                TINY.toString(),
                "--replications",
                "5",
                "--quiet",
                "--out",
                dir.resolve("one").toString()))
        .isZero();
    assertThat(out.toString())
        .startsWith("10 runs (1 point × 2 arms × 5 replications): 10 ok, 0 failed;")
        .contains("arm     runs  ")
        .contains("peak fans")
        .contains("mean (5th to 95th percentile) over each arm's ok runs");
  }

  @Test
  void aPreviewRunsAFewReplicationsOfTheFlagshipAndPrintsItsReport() {
    Path folder = dir.resolve("preview");
    assertThat(run("sweep", "--preview", "--quiet", "--out", folder.toString())).isZero();
    assertThat(out.toString())
        .startsWith(
            "8 runs (1 point × 2 arms × "
                + SweepCommand.PREVIEW_REPLICATIONS
                + " replications): 8 ok, 0 failed;")
        .contains("report:  " + folder.resolve("report.html"));
    assertThat(folder.resolve("report.html")).isNotEmptyFile();
  }

  @Test
  void severalScenariosGetAResultsFolderAndAReportEach() {
    Path parent = dir.resolve("pack");
    assertThat(
            run(
                "sweep",
                TINY.toString(),
                GRID.toString(),
                "--replications",
                "2",
                "--quiet",
                "--out",
                parent.toString()))
        .isZero();
    assertThat(parent.resolve("tiny/report.html")).isNotEmptyFile();
    assertThat(parent.resolve("sweep-tiny/report.html")).isNotEmptyFile();
    assertThat(out.toString())
        .contains("scenarios swept (each results folder holds its report.html):")
        .contains("ok      " + TINY)
        .contains("ok      " + GRID);
  }

  @Test
  void tracesAreWrittenOnRequest() throws IOException {
    Path folder = dir.resolve("traces");
    assertThat(run("sweep", GRID.toString(), "--traces", "--quiet", "--out", folder.toString()))
        .isZero();
    try (Stream<Path> files = Files.list(folder.resolve("traces"))) {
      assertThat(files).hasSize(48);
    }
    List<String> trace = Files.readAllLines(folder.resolve("traces/run-07.csv"));
    assertThat(trace).hasSize(1 + 31);
    assertThat(trace.get(1)).startsWith("boum,brand,0,");
    assertThat(manifest(folder).get("traces").asBoolean()).isTrue();
  }

  @Test
  void usageMistakesAreExplained() throws IOException {
    assertThat(run("sweep")).isEqualTo(2);
    assertThat(err.toString()).contains("give a SCENARIO file to sweep, or --resume DIR");
    assertThat(run("sweep", GRID.toString(), "-j", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("-j must be at least 1, got 0");
    assertThat(run("sweep", GRID.toString(), "--resume", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("give no SCENARIO, --replications, --seed or --days");
    assertThat(run("sweep", "--resume", dir.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            dir
                + " is not a sweep's results folder: it has neither manifest.json nor"
                + " scenario.effective.yaml; check the path");
    Path taken = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(taken.resolve("keep.txt"), "precious");
    assertThat(run("sweep", GRID.toString(), "--out", taken.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("already exists and is not empty");
  }

  @Test
  void twoSessionsNeverWriteOneFolderAtOnce() {
    Path folder = dir.resolve("busy");
    assertThat(run("sweep", GRID.toString(), "--quiet", "--out", folder.toString())).isZero();
    try (SweepLock held = SweepLock.acquire(folder)) {
      assertThat(held).isNotNull();
      assertThat(run("sweep", "--resume", folder.toString())).isEqualTo(1);
      assertThat(err.toString())
          .contains("another badaboum is working on " + folder + " right now");
    }
    assertThat(run("sweep", "--resume", folder.toString(), "--quiet")).isZero();
    assertThat(ResultsFile.LOCK.in(folder)).doesNotExist();
  }

  @Test
  void validateCountsASweepsRunsAndReportsItsDesignProblems() throws IOException {
    assertThat(run("validate", GRID.toString())).isZero();
    assertThat(out.toString())
        .isEqualTo(
            GRID
                + ": ok: 2 arms (steady, boum), 30 days, 300 people, 48 runs (grid: 6 points × 2"
                + " arms × 4 replications; every point checked)"
                + NL);
    Path sobol =
        Files.writeString(
            dir.resolve("sobol.yaml"),
            Files.readString(GRID).replace("design: grid", "design: sobol\n  samples: 8"));
    assertThat(run("validate", sobol.toString())).isEqualTo(3);
    assertThat(err.toString())
        .contains(
            sobol
                + ":18:5: sweep.vary.audience.discovery: design sobol needs {min, max} ranges, not"
                + " a list of levels")
        .contains(
            sobol
                + ":19:5: sweep.vary.community.dormancy: design sobol needs {min, max} ranges, not"
                + " {from, to, step}; write {min: 0.01, max: 0.03}");
    assertThat(run("sweep", sobol.toString())).isEqualTo(3);
  }

  private static JsonNode manifest(Path folder) throws IOException {
    return new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
  }
}
