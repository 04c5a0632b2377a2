package badaboum.cli;

import badaboum.report.Manifest;
import badaboum.report.Report;
import badaboum.report.SensitivityDesign;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badaboum report}: a results folder's analysis and HTML report, from its files alone. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the analysis of a sweep's results folder next to its runs: statistics.csv,"
          + " comparison.csv (every arm against the first, paired on common seeds), survival.csv"
          + " (programme survival, Kaplan–Meier), sensitivity.csv (sobol and morris designs) and"
          + " report.html, one self-contained page to open in any browser.",
      "Reads only the folder's files and runs no simulation, so it works on any sweep's folder,"
          + " finished or interrupted (it then says how many runs it is from). A sweep writes"
          + " them itself when it ends.",
      "Exit codes: 0 written, 1 the folder cannot be read."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "a sweep's results folder")
  Path folder;

  @Override
  public Integer call() {
    Manifest manifest = Manifest.read(folder);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Report.Written written = write(folder, manifest.design(), err);
    print(written, out);
    return ExitCodes.OK;
  }

  /**
   * Writes the report of a folder, telling on {@code err} when its sensitivity design cannot be
   * rebuilt (the report then goes without).
   */
  static Report.Written write(Path folder, String design, PrintWriter err) {
    SensitivityDesign sensitivity = null;
    try {
      sensitivity = DesignSensitivity.of(folder, design);
    } catch (IllegalStateException e) {
      err.println("badaboum: no sensitivity analysis: " + e.getMessage());
      err.flush();
    }
    return Report.write(folder, sensitivity);
  }

  /** The status when runs are missing or failed, the verdict, then each file written. */
  static void print(Report.Written written, PrintWriter out) {
    if (written.interrupted() || written.status().startsWith("Complete with failures")) {
      out.println(written.status());
      out.println();
    }
    for (String sentence : written.verdict()) {
      out.println("  " + sentence);
    }
    out.println();
    for (Path file : written.files()) {
      out.println("wrote " + file);
    }
    out.flush();
  }
}
