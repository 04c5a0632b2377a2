package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import badaboum.results.ResultsFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Sweeps under faults that need a process of their own (issue 10): killed in their first moments,
 * Ctrl-C and SIGTERM, out of memory in a small heap, a full disk and a read-only folder on a small
 * tmpfs (where this machine lets the tests mount one). Each ends with one clear sentence, a
 * non-zero exit, a manifest that says {@code interrupted}, no file written aside, and a folder that
 * resume completes to the bytes of a sweep never interrupted.
 */
class SweepFaultsIT {
  static final String GRID = "src/test/resources/scenarios/sweep-tiny.yaml";

  @TempDir Path dir;

  @Test
  void killedInItsFirstMomentsTheFolderIsEitherAbsentOrResumable() throws Exception {
    Path whole = dir.resolve("whole");
    assertThat(run("sweep", GRID, "--quiet", "--out", "" + whole)).isZero();
    for (int delayMillis : new int[] {0, 2, 5, 10, 20, 40, 80}) {
      Path folder = dir.resolve("early-" + delayMillis);
      Process sweep = start("256m", "sweep", GRID, "--quiet", "-j", "2", "--out", "" + folder);
      // kill it as soon as anything of the folder shows, or a little after
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (sweep.isAlive() && !appeared(folder) && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      Thread.sleep(delayMillis);
      sweep.destroyForcibly();
      assertThat(sweep.waitFor(30, TimeUnit.SECONDS)).isTrue();
      if (Files.exists(folder)) {
        assertThat(run("sweep", "--resume", "" + folder, "--quiet"))
            .as("resume after a kill %d ms in: %s", delayMillis, err)
            .isZero();
      } else {
        // no folder yet (only a hidden one beside it, being set up): the same --out just works
        assertThat(run("sweep", GRID, "--quiet", "--out", "" + folder)).as("%s", err).isZero();
      }
      for (String file : List.of("runs.csv", "daily.csv", "points.csv")) {
        assertThat(Files.readAllBytes(folder.resolve(file)))
            .as("%s after a kill %d ms in", file, delayMillis)
            .isEqualTo(Files.readAllBytes(whole.resolve(file)));
      }
      assertThat(temporaryFiles(dir)).isEmpty();
    }
  }

  /** The results folder, or the hidden folder it is set up in. */
  private boolean appeared(Path folder) throws IOException {
    if (Files.exists(folder)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(
          p -> p.getFileName().toString().startsWith("." + folder.getFileName()));
    }
  }

  @Test
  void ctrlCRecordsInterruptedAndPrintsTheResumeCommand() throws Exception {
    interruptedBy("INT", 130);
  }

  @Test
  void sigtermRecordsInterruptedAndPrintsTheResumeCommand() throws Exception {
    interruptedBy("TERM", 143);
  }

  private void interruptedBy(String signal, int exitCode) throws Exception {
    Path whole = dir.resolve("whole");
    assertThat(run("sweep", GRID, "--replications", "60", "--quiet", "--out", "" + whole)).isZero();
    Path folder = dir.resolve("signal-" + signal);
    Process sweep =
        start("256m", "sweep", GRID, "--replications", "60", "-j", "2", "--out", "" + folder);
    waitForRows(sweep, folder, 100);
    Process kill =
        new ProcessBuilder("kill", "-s", signal, Long.toString(sweep.pid())).inheritIO().start();
    assertThat(kill.waitFor()).isZero();
    if (!sweep.waitFor(20, TimeUnit.SECONDS)) {
      sweep.destroyForcibly();
      // a shell starts background jobs with SIGINT ignored, and Java keeps it so
      assumeTrue(
          false,
          "SIG"
              + signal
              + " is ignored in this process tree (the build was started in the background);"
              + " a build in the foreground checks it");
    }
    String log = log();
    assertThat(sweep.exitValue()).as(log).isEqualTo(exitCode);
    assertThat(log)
        .contains(
            "badaboum: the sweep stopped: it was interrupted (Ctrl-C, or the process was asked"
                + " to stop). The ")
        .contains(
            " runs recorded so far are safe in "
                + folder
                + ". Go on with: badaboum sweep --resume "
                + folder)
        .doesNotContain("\tat ");
    assertThat(SweepFaultsTest.manifest(folder).get("status").asText()).isEqualTo("interrupted");
    assertThat(temporaryFiles(folder)).isEmpty();

    assertThat(run("sweep", "--resume", "" + folder)).as("%s", err).isZero();
    assertThat(err).contains(" finished runs are read back from the journal");
    for (String file : List.of("runs.csv", "daily.csv")) {
      assertThat(Files.readAllBytes(folder.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
    assertThat(SweepFaultsTest.manifest(folder).at("/sessions/1/recovered").asLong())
        .as("finished runs run again")
        .isZero();
  }

  @Test
  void outOfMemoryInASmallHeapIsOneSentenceWithTheMemoryToGive() throws Exception {
    Path big =
        Files.writeString(
            dir.resolve("big.yaml"),
            """
            name: big
            days: 10
            replications: 2
            seed: 5
            audience:
              size: 1000000
              network: {model: watts-strogatz, degree: 12, rewire: 0.1}
            strategies:
              steady: {}
            """);
    Process run = start("64m", "run", "" + big, "--out", "" + dir.resolve("run"));
    assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String log = log();
    assertThat(run.exitValue()).as(log).isEqualTo(ExitCodes.FAILURE);
    assertThat(log)
        .contains("badaboum: Java ran out of memory: a run of 1,000,000 people needs about ")
        .contains("Give it more and run it again, e.g. BADABOUM_JAVA_OPTS=-Xmx")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");

    Path folder = dir.resolve("sweep");
    Process sweep = start("64m", "sweep", "" + big, "--quiet", "-j", "2", "--out", "" + folder);
    assertThat(sweep.waitFor(120, TimeUnit.SECONDS)).isTrue();
    log = log();
    assertThat(sweep.exitValue()).as(log).isEqualTo(ExitCodes.FAILURE);
    assertThat(log)
        .contains("badaboum: the sweep stopped: Java ran out of memory. The 0 runs recorded")
        .contains("then go on with: BADABOUM_JAVA_OPTS=-Xmx")
        .contains(" badaboum sweep --resume " + folder)
        .doesNotContain("\tat ");
    assertThat(SweepFaultsTest.manifest(folder).get("status").asText()).isEqualTo("interrupted");
    assertThat(temporaryFiles(folder)).isEmpty();
  }

  @Test
  void aFullDiskAndAReadOnlyFolderSayWhatFailedAndHowToGoOn() throws Exception {
    Path disk = Files.createDirectories(dir.resolve("disk"));
    assumeTrue(
        mount(disk, "size=400k"),
        "a small tmpfs cannot be mounted here (it needs root): the full-disk faults are not"
            + " tested on this machine");
    try {
      Path whole = dir.resolve("whole");
      assertThat(run("sweep", GRID, "--replications", "40", "--quiet", "--out", "" + whole))
          .isZero();
      Path folder = disk.resolve("full");
      int code = run("sweep", GRID, "--replications", "40", "--quiet", "--out", "" + folder);
      assertThat(code).as("%s", err).isEqualTo(ExitCodes.FAILURE);
      assertThat(err)
          .startsWith("badaboum: the sweep stopped: the disk is full (")
          .contains("No space left on device). The ")
          .endsWith(
              " runs recorded so far are safe in "
                  + folder
                  + ". Free some space, then go on with: badaboum sweep --resume "
                  + folder
                  + System.lineSeparator());
      assertThat(SweepFaultsTest.manifest(folder).get("status").asText()).isEqualTo("interrupted");
      assertThat(temporaryFiles(disk)).isEmpty();

      // a disk already full: nothing can even start
      fill(disk);
      assertThat(run("sweep", GRID, "--quiet", "--out", "" + disk.resolve("never")))
          .isEqualTo(ExitCodes.FAILURE);
      assertThat(err)
          .startsWith("badaboum: the disk is full (cannot create results folder ")
          .endsWith("nothing is lost: free some space and run it again" + System.lineSeparator());
      assertThat(disk.resolve("never")).doesNotExist();
      deleteFill(disk);

      assertThat(remount(disk, "size=8m")).isTrue();
      assertThat(run("sweep", "--resume", "" + folder, "--quiet")).as("%s", err).isZero();
      for (String file : List.of("runs.csv", "daily.csv")) {
        assertThat(Files.readAllBytes(folder.resolve(file)))
            .as(file)
            .isEqualTo(Files.readAllBytes(whole.resolve(file)));
      }

      // the report alone cannot be written: the command fails, and leaves nothing aside
      Files.delete(ResultsFile.REPORT.in(folder));
      fill(disk);
      assertThat(run("report", "" + folder)).isEqualTo(ExitCodes.FAILURE);
      assertThat(err).startsWith("badaboum: the disk is full (cannot write ");
      assertThat(temporaryFiles(disk)).isEmpty();
      deleteFill(disk);

      // a read-only folder
      assertThat(remount(disk, "ro")).isTrue();
      assertThat(run("sweep", "--retry-failed", "" + folder)).isEqualTo(ExitCodes.FAILURE);
      assertThat(err)
          .startsWith("badaboum: the folder cannot be written (cannot lock ")
          .contains("Read-only file system")
          .contains("make it writable");
      assertThat(run("sweep", GRID, "--out", "" + disk.resolve("other")))
          .isEqualTo(ExitCodes.FAILURE);
      assertThat(err).startsWith("badaboum: the folder cannot be written (");
    } finally {
      new ProcessBuilder("umount", "" + disk).inheritIO().start().waitFor();
    }
  }

  private static void fill(Path disk) throws IOException {
    Path fill = disk.resolve("fill");
    try (var outStream = Files.newOutputStream(fill)) {
      byte[] block = new byte[4096];
      while (true) {
        outStream.write(block);
      }
    } catch (IOException e) {
      // full
    }
  }

  private static void deleteFill(Path disk) throws IOException {
    Files.deleteIfExists(disk.resolve("fill"));
  }

  private static boolean mount(Path where, String options) throws Exception {
    Process mount =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", "" + where)
            .redirectErrorStream(true)
            .start();
    return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
  }

  private static boolean remount(Path where, String options) throws Exception {
    Process mount =
        new ProcessBuilder("mount", "-o", "remount," + options, "" + where)
            .redirectErrorStream(true)
            .start();
    return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
  }

  private void waitForRows(Process sweep, Path folder, int rows) throws Exception {
    Path runs = ResultsFile.RUNS.in(folder);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (sweep.isAlive() && lines(runs) < rows && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(sweep.isAlive()).as("still running at %d rows; log: %s", rows, log()).isTrue();
  }

  private Process start(String heap, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("badaboum.cli.Main");
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("process.log").toFile())
        .start();
  }

  private String log() throws IOException {
    return Files.readString(dir.resolve("process.log"));
  }

  private String err = "";

  private int run(String... args) {
    StringWriter errors = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(errors, true));
    int code = cl.execute(args);
    err = errors.toString();
    return code;
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

  private static List<Path> temporaryFiles(Path folder) throws IOException {
    return SweepFaultsTest.temporaryFiles(folder);
  }
}
