package badaboum.cli;

import badaboum.language.Messages;
import badaboum.report.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "Exit codes: 0 written, 1 the folder cannot be read, or lacks a file a finished sweep has"
          + " (daily.csv, points.csv; the report is written without it and says how to rebuild"
          + " it)."
    })
final class ReportCommand implements Callable<Integer>, ResultsCommand {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "a sweep's results folder")
  Path folder;

  @Mixin LanguageOption lang;

  @Override
  public Path resultsFolder() {
    return folder;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Messages m = lang.messages();
    Report.Written written = Report.write(folder, m.language());
    if (written.interrupted() || written.failures()) {
      out.println(written.status());
      out.println();
    }
    for (String sentence : written.verdict()) {
      out.println("  " + sentence);
    }
    out.println();
    for (Path file : written.files()) {
      out.println(m.format("report.wrote", file));
    }
    out.flush();
    written.problems().forEach(problem -> err.println("badaboum: " + problem));
    err.flush();
    return written.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
