package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Golden files: small fixed sweeps run in full, and the analysis files the sweep writes compared
 * byte for byte with the ones committed under src/test/resources/golden/. The model changes on
 * purpose from time to time, and then these numbers do too: look at the differences this test
 * prints, and when they are the intended ones regenerate the files with
 *
 * <pre>mvn test -Dtest=ReportGoldenTest -Dbadaboum.golden=update</pre>
 *
 * then read the new files for sense before committing them.
 */
class ReportGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "tiny, statistics.csv comparison.csv survival.csv",
    "sweep-tiny, statistics.csv comparison.csv survival.csv",
    "report-sobol, sensitivity.csv",
    "report-morris, sensitivity.csv"
  })
  void theAnalysisOfASmallFixedSweepIsUnchanged(String scenario, String files) throws Exception {
    Path folder = dir.resolve(scenario);
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    int code =
        cl.execute(
            "sweep",
            "src/test/resources/scenarios/" + scenario + ".yaml",
            "--quiet",
            "-j",
            "2",
            "--out",
            folder.toString());
    assertThat(code).as(out.toString()).isZero();
    for (String file : files.split(" ")) {
      check(GOLDEN.resolve(scenario).resolve(file), folder.resolve(file));
    }
    assertThat(badaboum.report.ReportChecksAccess.verdictMatchesFiles(folder)).isPositive();
  }

  static void check(Path golden, Path actual) throws IOException {
    String text = Files.readString(actual);
    if ("update".equals(System.getProperty("badaboum.golden"))) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, text);
      return;
    }
    if (!Files.exists(golden)) {
      fail(golden + " does not exist; create it with -Dbadaboum.golden=update");
    }
    String expected = Files.readString(golden);
    if (!expected.equals(text)) {
      fail(
          golden
              + " differs from what the sweep writes now:\n"
              + diff(expected, text)
              + "If the change is intended, regenerate with: mvn test -Dtest=ReportGoldenTest"
              + " -Dbadaboum.golden=update");
    }
  }

  /** The differing lines, at most ten, with their numbers. */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    List<String> out = new ArrayList<>();
    int differing = 0;
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String x = i < a.size() ? a.get(i) : "(no line)";
      String y = i < b.size() ? b.get(i) : "(no line)";
      if (!x.equals(y)) {
        differing++;
        if (out.size() < 30) {
          out.add("line " + (i + 1) + ":");
          out.add("  golden: " + x);
          out.add("  now:    " + y);
        }
      }
    }
    return String.join("\n", out)
        + "\n"
        + differing
        + " lines differ ("
        + a.size()
        + " golden, "
        + b.size()
        + " now)\n";
  }
}
