package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.Simulation;
import badaboum.results.ResultsFile;
import badaboum.sweep.RunFunction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Sweeps under faults, in-process (issue 10): changed inputs, a sweep stopped by memory, damaged
 * folders, folders a sweep never began in, and the messages and exit codes each gives. The faults
 * that need a process of their own (a kill, Ctrl-C, a small heap, a full disk) are in {@link
 * SweepFaultsIT}.
 */
class SweepFaultsTest {
  static final String NL = System.lineSeparator();

  @TempDir Path dir;

  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();
  Path scenario;
  Path edges;

  /** A scenario whose friendships come from an edge-list file: a data file to change. */
  @BeforeEach
  void aScenarioThatReadsAnEdgeList() throws IOException {
    StringBuilder list = new StringBuilder();
    for (int p = 0; p < 300; p++) {
      list.append(p).append(',').append((p + 1) % 300).append('\n');
      list.append(p).append(',').append((p + 7) % 300).append('\n');
    }
    edges = Files.writeString(dir.resolve("edges.csv"), list.toString());
    scenario =
        Files.writeString(
            dir.resolve("ring.yaml"),
            """
            name: ring
            days: 20
            replications: 6
            seed: 3
            audience:
              size: 300
              network: {model: file, file: edges.csv}
              discovery: 0.01
            strategies:
              steady: {}
              boum: {extends: steady}
            sweep:
              design: grid
              vary:
                audience.discovery: [0.005, 0.02]
            """);
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

  /** Java runs out of memory at run 9: the sweep stops there, as after any fault. */
  static final RunFunction OUT_OF_MEMORY_AT_NINE =
      (task, spec) -> {
        if (task.runId() == 9) {
          throw new OutOfMemoryError("Java heap space");
        }
        return Simulation.run(spec);
      };

  private Path stopped(String name) {
    Path folder = dir.resolve(name);
    assertThat(sweep(OUT_OF_MEMORY_AT_NINE, scenario.toString(), "--quiet", "--out", "" + folder))
        .isEqualTo(ExitCodes.FAILURE);
    return folder;
  }

  private Path whole() {
    Path folder = dir.resolve("whole");
    assertThat(run("sweep", scenario.toString(), "--quiet", "--out", "" + folder)).isZero();
    return folder;
  }

  @Test
  void outOfMemoryStopsTheSweepSaysHowMuchToGiveAndResumeRunsNoFinishedRunAgain()
      throws IOException {
    Path folder = stopped("oom");
    String message = err.toString();
    assertThat(message)
        .startsWith("badaboum: the sweep stopped: Java ran out of memory. The ")
        .contains(" runs recorded so far are safe in " + folder + ". A run of this scenario needs")
        .contains("Java's heap here is ")
        .endsWith(
            "then go on with: BADABOUM_JAVA_OPTS=-Xmx1g badaboum sweep --resume " + folder + NL)
        .doesNotContain("\tat ");
    assertThat(message.lines()).hasSize(1);
    assertThat(manifest(folder).get("status").asText()).isEqualTo("interrupted");
    assertThat(temporaryFiles(folder)).isEmpty();
    long recorded = Files.readAllLines(ResultsFile.RUNS.in(folder)).size() - 1;
    assertThat(recorded).isPositive();

    Path whole = whole();
    assertThat(run("sweep", "--resume", "" + folder)).isZero();
    assertThat(err.toString())
        .contains(
            "the daily traces of " + recorded + " finished runs are read back from the journal");
    sameResults(folder, whole);
    JsonNode resumed = manifest(folder).at("/sessions/1");
    assertThat(resumed.get("runs").asLong()).isEqualTo(24 - recorded);
    assertThat(resumed.get("recovered").asLong()).isZero();
    assertThat(ResultsFile.JOURNAL.in(folder)).doesNotExist();
  }

  @Test
  void aChangedDataFileIsRefusedByResumeAndRetryNamingTheFile() throws IOException {
    Path folder = stopped("changed");
    String original = Files.readString(edges);
    Files.writeString(edges, original.replace("0,7\n", "0,8\n"));
    assertThat(run("sweep", "--resume", "" + folder)).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString())
        .startsWith(
            "badaboum: cannot resume "
                + folder
                + ": "
                + edges.toAbsolutePath()
                + ", a data file of the scenario, changed since the sweep started (SHA-256 ")
        .contains(
            "Put the original file back and resume again, or start a new sweep with the new one"
                + " (with another --out)");
    assertThat(run("sweep", "--retry-failed", "" + folder)).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).startsWith("badaboum: cannot retry " + folder + ": " + edges);

    Files.delete(edges);
    assertThat(run("sweep", "--resume", "" + folder)).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString())
        .contains(edges.toAbsolutePath() + ", a data file of the scenario, is missing");

    Files.writeString(edges, original);
    Path whole = whole();
    assertThat(run("sweep", "--resume", "" + folder, "--quiet")).isZero();
    sameResults(folder, whole);
  }

  @Test
  void aSwappedEffectiveScenarioIsRefused() throws IOException {
    Path folder = stopped("swapped");
    Path effective = ResultsFile.EFFECTIVE.in(folder);
    Files.writeString(effective, Files.readString(effective).replace("seed: 3", "seed: 4"));
    assertThat(run("sweep", "--resume", "" + folder)).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString())
        .startsWith(
            "badaboum: cannot resume "
                + folder
                + ": "
                + effective
                + ", which resume runs from, changed since the sweep started");
  }

  @Test
  void reusingAnUnfinishedFolderSaysToResumeIt() {
    Path folder = stopped("unfinished");
    assertThat(run("sweep", scenario.toString(), "--out", "" + folder))
        .isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString())
        .isEqualTo(
            "badaboum: results folder "
                + folder
                + " holds a sweep that did not finish (status interrupted); go on with it:"
                + " badaboum sweep --resume "
                + folder
                + " (results are never overwritten: to start afresh, choose another --out)"
                + NL);
  }

  @Test
  void aFolderASweepNeverBeganInIsExplainedAndReused() throws IOException {
    Path lockOnly = Files.createDirectories(dir.resolve("lock-only"));
    Files.writeString(ResultsFile.LOCK.in(lockOnly), "");
    assertThat(run("sweep", "--resume", "" + lockOnly)).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString())
        .isEqualTo(
            "badaboum: "
                + lockOnly
                + " holds a sweep that was stopped before its first run: nothing was recorded, so"
                + " nothing is lost. Start it again into the same folder with: badaboum sweep"
                + " SCENARIO --out "
                + lockOnly
                + " (the folder is reused)"
                + NL);
    assertThat(run("report", "" + lockOnly)).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).contains("stopped before its first run");
    assertThat(run("sweep", scenario.toString(), "--quiet", "--out", "" + lockOnly)).isZero();

    // what an older badaboum left when killed early: runs.csv's header, no manifest
    Path headerOnly = Files.createDirectories(dir.resolve("header-only"));
    Files.writeString(ResultsFile.RUNS.in(headerOnly), "run_id,point\n");
    Files.writeString(ResultsFile.SCENARIO.in(headerOnly), "name: x\n");
    assertThat(run("sweep", scenario.toString(), "--quiet", "--out", "" + headerOnly)).isZero();
    sameResults(headerOnly, lockOnly);
  }

  @Test
  void aReportOnADamagedFolderFailsAndSaysWhatIsMissingAndHowToRebuildIt() throws IOException {
    Path folder = whole();
    Path daily = ResultsFile.DAILY.in(folder);
    byte[] bytes = Files.readAllBytes(daily);

    Files.write(daily, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
    assertThat(run("report", "" + folder)).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString())
        .isEqualTo(
            "badaboum: "
                + daily
                + " lacks the rows of 2 of the 4 (point, arm) cells whose runs are all recorded"
                + " (was it cut or edited?): the report's curves leave them out. Rebuild it with:"
                + " badaboum sweep --resume "
                + folder
                + NL);
    assertThat(out.toString()).contains("wrote " + ResultsFile.REPORT.in(folder));

    Files.delete(daily);
    assertThat(run("report", "" + folder)).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString())
        .startsWith("badaboum: " + daily + " is missing: the report has no daily curves.");

    assertThat(run("sweep", "--resume", "" + folder, "--quiet")).isZero();
    assertThat(Files.readAllBytes(daily)).isEqualTo(bytes);
    assertThat(run("report", "" + folder)).isZero();
  }

  @Test
  void aDeletedManifestIsRebuiltByResume() throws IOException {
    Path folder = whole();
    byte[] runs = Files.readAllBytes(ResultsFile.RUNS.in(folder));
    Files.delete(ResultsFile.MANIFEST.in(folder));
    assertThat(run("report", "" + folder)).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString())
        .isEqualTo(
            "badaboum: "
                + folder
                + " has no manifest.json (was it deleted?), but its scenario.effective.yaml and"
                + " runs.csv are there: rebuild it with: badaboum sweep --resume "
                + folder
                + " (which runs only what is missing), then: badaboum report "
                + folder
                + NL);
    assertThat(run("sweep", "--resume", "" + folder, "--quiet")).isZero();
    assertThat(err.toString()).startsWith("manifest.json was missing: rebuilt from");
    assertThat(out.toString()).contains("this session ran 0 in");
    assertThat(Files.readAllBytes(ResultsFile.RUNS.in(folder))).isEqualTo(runs);
    assertThat(manifest(folder).get("status").asText()).isEqualTo("complete");
    assertThat(run("report", "" + folder)).isZero();
  }

  @Test
  void aReportThatCannotBeWrittenMakesTheSweepFailAndKeepsItsResults() throws IOException {
    Path folder = dir.resolve("no-report");
    // a folder where statistics.csv is written aside stops the report, as a full disk would
    RunFunction blocking =
        (task, spec) -> {
          if (task.runId() == 0) {
            try {
              Files.createDirectories(folder.resolve("statistics.csv.tmp"));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
          return Simulation.run(spec);
        };
    assertThat(sweep(blocking, scenario.toString(), "--quiet", "--out", "" + folder))
        .isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString())
        .isEqualTo(
            "badaboum: the report could not be written (an input/output error (cannot write "
                + folder.resolve("statistics.csv")
                + ": Is a directory)); the results are safe in "
                + folder
                + ". Try again with: badaboum report "
                + folder
                + NL);
    assertThat(manifest(folder).get("status").asText()).isEqualTo("complete");
    assertThat(temporaryFiles(folder)).isEmpty();
    assertThat(run("report", "" + folder)).isZero();
  }

  @Test
  void badaboumAloneIsAUsageError() {
    assertThat(run()).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("Usage: badaboum [-hV] [COMMAND]");
    assertThat(out.toString()).isEmpty();
  }

  /** A command with a bug: the user sees one line, and the trace is in the folder's log. */
  @Command(name = "buggy")
  static final class Buggy implements Callable<Integer>, ResultsCommand {
    Path folder;

    @Override
    public Path resultsFolder() {
      return folder;
    }

    @Override
    public Integer call() {
      throw new IllegalStateException("a bug, on purpose");
    }
  }

  @Test
  void anUnexpectedErrorIsOneLineAndItsTraceGoesToTheFoldersLog() throws IOException {
    Buggy buggy = new Buggy();
    buggy.folder = Files.createDirectories(dir.resolve("buggy"));
    CommandLine cl = new CommandLine(buggy);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    assertThat(execute(cl)).isEqualTo(ExitCodes.FAILURE);
    Path log = ResultsFile.LOG.in(buggy.folder);
    assertThat(err.toString())
        .isEqualTo(
            "badaboum: unexpected error: IllegalStateException: a bug, on purpose. Its details"
                + " are in "
                + log
                + "; please report it with that file"
                + NL);
    assertThat(Files.readString(log))
        .contains("java.lang.IllegalStateException: a bug, on purpose")
        .contains("\tat badaboum.cli.SweepFaultsTest$Buggy.call");

    buggy.folder = null; // no results folder yet: a log of its own, in the temporary folder
    assertThat(execute(cl)).isEqualTo(ExitCodes.FAILURE);
    String line = err.toString().strip();
    assertThat(line)
        .startsWith("badaboum: unexpected error: IllegalStateException: a bug, on purpose.")
        .contains(System.getProperty("java.io.tmpdir"));
    Path temporaryLog =
        Path.of(line.substring(line.indexOf("are in ") + 7, line.indexOf("; please report")));
    assertThat(Files.readString(temporaryLog)).contains("a bug, on purpose");
    Files.delete(temporaryLog);
  }

  private static void sameResults(Path actual, Path expected) throws IOException {
    for (String file : List.of("runs.csv", "daily.csv", "points.csv")) {
      assertThat(Files.readAllBytes(actual.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(expected.resolve(file)));
    }
  }

  static List<Path> temporaryFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  static JsonNode manifest(Path folder) throws IOException {
    return new ObjectMapper().readTree(ResultsFile.MANIFEST.in(folder).toFile());
  }
}
