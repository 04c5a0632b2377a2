package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.report.ReportChecksAccess;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code badaboum report}, and the report a sweep writes when it ends. */
class ReportCommandTest {
  static final String NL = System.lineSeparator();

  @TempDir Path dir;

  StringWriter out;
  StringWriter err;

  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void aSweepEndsWithItsVerdictAndThePathOfItsReport() throws Exception {
    Path folder = dir.resolve("s");
    assertThat(
            run("sweep", SweepCommandTest.GRID.toString(), "--quiet", "--out", folder.toString()))
        .isZero();
    assertThat(out.toString())
        .contains(NL + "  Pooled over the 6 points of the grid design")
        .contains("  After 30 days, ")
        .endsWith("report:  " + folder.resolve("report.html") + NL);
    ReportChecksAccess.selfContained(folder.resolve("report.html"), ReportChecksAccess.charts());
    assertThat(ReportChecksAccess.verdictMatchesFiles(folder)).isGreaterThan(10);
    assertThat(
            new ObjectMapper()
                .readTree(folder.resolve("manifest.json").toFile())
                .at("/sessions/0/command")
                .asText())
        .isEqualTo("badaboum sweep " + SweepCommandTest.GRID + " --quiet --out " + folder);
    String html = Files.readString(folder.resolve("report.html"));
    assertThat(html).contains("Point by point").contains("community.dormancy");
  }

  @Test
  void anInterruptedFolderIsReportedAndSaysSo() throws Exception {
    Path folder = dir.resolve("i");
    assertThat(
            run("sweep", SweepCommandTest.TINY.toString(), "--quiet", "--out", folder.toString()))
        .isZero();
    List<String> rows = Files.readAllLines(folder.resolve("runs.csv"));
    Files.write(folder.resolve("runs.csv"), rows.subList(0, rows.size() - 2));
    assertThat(run("report", folder.toString())).isZero();
    assertThat(out.toString())
        .startsWith("Interrupted: 4 of 6 runs recorded (4 ok, 0 failed)")
        .contains("wrote " + folder.resolve("comparison.csv") + NL)
        .endsWith("wrote " + folder.resolve("report.html") + NL);
    assertThat(Files.readString(folder.resolve("report.html"))).contains("Interrupted: 4 of 6");
  }

  @Test
  void aFolderThatIsNoSweepsFailsWithAReason() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    assertThat(run("report", dir.resolve("empty").toString())).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "badaboum: "
                + dir.resolve("empty")
                + " is not a sweep's results folder: it has no manifest.json; check the path"
                + NL);
    assertThat(run("report")).isEqualTo(2);
  }
}
