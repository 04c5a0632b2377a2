package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.Simulation;
import badaboum.report.DailySeries;
import badaboum.result.DailyMetric;
import badaboum.result.SweepLayout;
import badaboum.results.Csv;
import badaboum.results.Manifest;
import badaboum.results.ResultsFile;
import badaboum.sweep.RunFunction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A market of two platforms end to end, as a user types the commands: the sweep's daily.csv and the
 * run's tables have a platform column; report, --resume, --retry-failed and replay read them.
 */
class PlatformColumnTest {
  static final Path SCENARIO = Path.of("src/test/resources/scenarios/sweep-tiny-platforms.yaml");
  static final int DAYS = 30;
  static final List<String> PLATFORMS = List.of("all", "home", "new-place");

  @TempDir Path dir;

  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();

  @Test
  void aSweepWritesABrandAndAPlatformColumnAndItsReportChartsTheBrandsTotal() throws IOException {
    Path folder = whole();
    List<String> daily = Files.readAllLines(ResultsFile.DAILY.in(folder));
    assertThat(daily.get(0)).startsWith("point,arm,brand,platform,day,replicates,fans_mean,");
    // 2 points × 2 arms × (the total and 2 platforms) × 31 days
    assertThat(daily).hasSize(1 + 2 * 2 * 3 * (DAYS + 1));
    int row = 1;
    for (String point : List.of("0", "1")) {
      for (String arm : List.of("home-only", "both")) {
        for (String platform : PLATFORMS) {
          for (int day = 0; day <= DAYS; day++) {
            assertThat(Csv.fields(daily.get(row++)).subList(0, 6))
                .containsExactly(point, arm, "brand", platform, "" + day, "2");
          }
        }
      }
    }
    assertThat(ResultsFile.REPORT.in(folder)).exists();

    // the report's curve is the brand's total: the mean over the points of the "all" rows
    SweepLayout layout = Manifest.read(folder).layout();
    DailySeries series = DailySeries.read(folder, layout, DAYS);
    int both = layout.arms().indexOf("both");
    double sum = 0;
    double onNewPlace = 0;
    for (String line : daily) {
      List<String> cells = Csv.fields(line);
      if (cells.get(1).equals("both") && cells.get(4).equals("" + DAYS)) {
        double fans = Double.parseDouble(cells.get(6));
        sum += cells.get(3).equals("all") ? fans : 0;
        onNewPlace += cells.get(3).equals("new-place") ? fans : 0;
      }
    }
    assertThat(onNewPlace).as("the pages differ from the total").isPositive();
    assertThat(series.has(both)).isTrue();
    assertThat(series.mean(both, DailyMetric.FANS, DAYS)).isEqualTo(sum / 2, within());

    assertThat(run("report", folder.toString())).isZero();
  }

  @Test
  void aStoppedSweepResumesToTheBytesOfOneThatNeverStopped() throws IOException {
    Path whole = whole();
    RunFunction outOfMemoryAtFive =
        (task, spec) -> {
          if (task.runId() == 5) {
            throw new OutOfMemoryError("Java heap space");
          }
          return Simulation.run(spec);
        };
    Path folder = dir.resolve("stopped");
    assertThat(sweep(outOfMemoryAtFive, SCENARIO.toString(), "--quiet", "--out", "" + folder))
        .isEqualTo(ExitCodes.FAILURE);
    // interrupted: the arms of point 1 have no run yet
    assertThat(run("report", folder.toString())).as(() -> err.toString()).isZero();
    assertThat(run("sweep", "--resume", folder.toString(), "--quiet")).isZero();
    sameResults(folder, whole);
  }

  @Test
  void failedRunsAreRetriedIntoTheSameBytesAndARunIsReplayed() throws IOException {
    Path whole = whole();
    Set<Long> broken = Set.of(1L, 6L);
    RunFunction failing =
        (task, spec) -> {
          if (broken.contains(task.runId())) {
            throw new IllegalArgumentException("injected failure");
          }
          return Simulation.run(spec);
        };
    Path folder = dir.resolve("failing");
    assertThat(sweep(failing, SCENARIO.toString(), "--quiet", "--out", "" + folder)).isEqualTo(1);
    assertThat(Files.readAllLines(ResultsFile.DAILY.in(folder)).get(1))
        .startsWith("0,home-only,brand,all,0,2,");
    assertThat(run("sweep", "--retry-failed", folder.toString(), "--quiet")).isZero();
    sameResults(folder, whole);
    assertThat(run("replay", folder.toString(), "6")).isZero();
    assertThat(out.toString()).contains("the replay matches its row in runs.csv");
  }

  @Test
  void theRunCommandsTablesHaveThePlatformColumnToo() throws IOException {
    Path folder = dir.resolve("run");
    assertThat(
            run(
                "run",
                SCENARIO.toString(),
                "--arm",
                "both",
                "--export-members",
                "--out",
                folder.toString()))
        .isZero();
    List<String> traces = Files.readAllLines(ResultsFile.RUN_TRACES.in(folder));
    assertThat(traces.get(0)).startsWith("arm,brand,platform,day,fans,");
    assertThat(traces).hasSize(1 + 3 * (DAYS + 1));
    assertThat(traces.get(1)).startsWith("both,brand,all,0,");
    assertThat(traces.get(1 + 2 * (DAYS + 1))).startsWith("both,brand,new-place,0,");
    List<String> summary = Files.readAllLines(ResultsFile.RUN_SUMMARY.in(folder));
    assertThat(summary.get(0)).startsWith("arm,brand,platform,replicate,seed,peak_fans,");
    assertThat(summary.subList(1, 4))
        .extracting(line -> Csv.fields(line).subList(0, 3))
        .containsExactly(
            List.of("both", "brand", "all"),
            List.of("both", "brand", "home"),
            List.of("both", "brand", "new-place"));
    List<String> members = Files.readAllLines(ResultsFile.RUN_MEMBERS.in(folder));
    assertThat(members.get(0)).startsWith("arm,brand,platform,person,state,");
    // one row per person and page: members belong to a page, so there is no total
    assertThat(members).hasSize(1 + 2 * 300);
    assertThat(members.get(1)).startsWith("both,brand,home,0,");
    assertThat(members.get(301)).startsWith("both,brand,new-place,0,");
  }

  private Path whole() {
    Path folder = dir.resolve("whole");
    if (!Files.exists(folder)) {
      assertThat(run("sweep", SCENARIO.toString(), "--quiet", "--out", "" + folder)).isZero();
    }
    return folder;
  }

  private static void sameResults(Path actual, Path expected) throws IOException {
    for (ResultsFile file : List.of(ResultsFile.RUNS, ResultsFile.DAILY)) {
      assertThat(Files.readAllBytes(file.in(actual)))
          .as(file.fileName())
          .isEqualTo(Files.readAllBytes(file.in(expected)));
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }

  int run(String... args) {
    return execute(Main.commandLine(), args);
  }

  int sweep(RunFunction function, String... args) {
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
}
