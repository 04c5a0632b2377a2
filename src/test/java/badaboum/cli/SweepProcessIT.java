package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Sweeps in a JVM of their own: killed with SIGKILL half way, and in a small heap. */
class SweepProcessIT {
  static final String GRID = "src/test/resources/scenarios/sweep-tiny.yaml";
  static final String MANY = "src/test/resources/scenarios/sweep-many.yaml";

  @TempDir Path dir;

  @Test
  void aSweepKilledHalfWayIsResumedToTheFilesOfAnUninterruptedOne() throws Exception {
    // 6 points × 2 arms × 60 replications = 720 runs, a few seconds on two threads
    Path whole = dir.resolve("whole");
    assertThat(
            run("sweep", GRID, "--replications", "60", "-j", "2", "--quiet", "--out", "" + whole))
        .isZero();

    Path killed = dir.resolve("killed");
    Process sweep = start("256m", GRID, "--replications", "60", "--out", "" + killed);
    Path runs = killed.resolve("runs.csv");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (lines(runs) < 100 && sweep.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    sweep.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, nothing
    assertThat(sweep.waitFor(30, TimeUnit.SECONDS)).isTrue();
    long recorded = lines(runs) - 1;
    assertThat(recorded)
        .as("rows when killed (a kill before the end); log: %s", log())
        .isBetween(99L, 719L);
    assertThat(Files.readString(killed.resolve("manifest.json"))).contains("\"running\"");

    assertThat(run("sweep", "--resume", "" + killed, "--quiet")).isZero();
    for (String file : List.of("runs.csv", "daily.csv")) {
      assertThat(Files.readAllBytes(killed.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
    assertThat(Files.readString(killed.resolve("manifest.json"))).contains("\"complete\"");
  }

  /**
   * 10,000 runs whose traces alone (16 metrics × 31 days × 8 bytes, 4 KB a run, 40 MB in all) would
   * not fit in a 32 MB heap: the sweep must not hold them. (Its live set is about 13 MB.)
   */
  @Test
  void tenThousandRunsFitInASmallHeap() throws Exception {
    Path folder = dir.resolve("many");
    Process sweep = start("32m", MANY, "--out", "" + folder);
    assertThat(sweep.waitFor(300, TimeUnit.SECONDS)).isTrue();
    String log = log();
    assertThat(sweep.exitValue()).as(log).isZero();
    assertThat(log).contains("10,000 runs (lhs: 50 points × 2 arms × 100 replications): 10,000 ok");
    assertThat(lines(folder.resolve("runs.csv"))).isEqualTo(1 + 10_000);
    assertThat(lines(folder.resolve("daily.csv"))).isEqualTo(1 + 50 * 2 * 31);
  }

  private Process start(String heap, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-XX:+ExitOnOutOfMemoryError");
    // In a heap this small a class being inflated from a jar (a JNI critical section) while the
    // other run allocates makes JDK 17 give up after 2 retries with a false OutOfMemoryError
    // (JDK-8192647): let it wait for the section to end, as later JDKs do.
    command.add("-XX:+UnlockDiagnosticVMOptions");
    command.add("-XX:GCLockerRetryAllocationCount=100");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("badaboum.cli.Main");
    command.add("sweep");
    command.addAll(List.of(args));
    command.addAll(List.of("-j", "2", "--quiet"));
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

  private static int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    return cl.execute(args);
  }
}
