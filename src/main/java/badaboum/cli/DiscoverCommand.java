package badaboum.cli;

import badaboum.decide.Discovery;
import badaboum.decide.Outcome;
import badaboum.decide.Prim;
import badaboum.language.Messages;
import badaboum.report.DiscoveryTable;
import badaboum.report.Report;
import badaboum.results.ResultsFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badaboum discover}: PRIM over a sweep's varied parameters, for one arm's outcome. */
@Command(
    name = "discover",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the conditions under which an outcome happens in a sweep's runs: the patient rule"
          + " induction method (PRIM, Friedman and Fisher 1999) over the sweep's varied"
          + " parameters, for one arm. Prints the box in words and its peeling trajectory, writes"
          + " discovery.csv into the folder and adds a section to its report.html.",
      "The outcome is written over runs.csv's columns: cancelled, \"final_active < 50\","
          + " \"not sustained\", or several joined by and."
    })
final class DiscoverCommand implements Callable<Integer>, ResultsCommand {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "a sweep's results folder")
  Path folder;

  @Option(names = "--arm", paramLabel = "ARM", required = true, description = "the arm's runs")
  String arm;

  @Option(
      names = "--outcome",
      paramLabel = "CONDITION",
      required = true,
      description = "e.g. cancelled, or \"final_active < 50\"")
  String outcome;

  @Option(
      names = "--peel",
      paramLabel = "SHARE",
      defaultValue = "0.05",
      description = "share of the box peeled at each step (default: ${DEFAULT-VALUE})")
  double peel;

  @Option(
      names = "--min-support",
      paramLabel = "SHARE",
      defaultValue = "0.05",
      description = "the smallest share of the runs a box may hold (default: ${DEFAULT-VALUE})")
  double minSupport;

  @Option(
      names = "--threshold",
      paramLabel = "SHARE",
      defaultValue = "0.8",
      description =
          "the density the chosen box should reach: the box covering most runs with the outcome"
              + " among those this dense (default: ${DEFAULT-VALUE})")
  double threshold;

  @Option(
      names = "--boxes",
      paramLabel = "N",
      defaultValue = "1",
      description = "boxes to find, each on the runs outside the earlier ones (default: 1)")
  int boxes;

  @Mixin LanguageOption lang;

  @Override
  public Path resultsFolder() {
    return folder;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Messages m = lang.messages();
    Format f = new Format(m);
    DiscoveryTable.Discovery d;
    try {
      d =
          Discovery.run(
              folder,
              arm,
              Outcome.parse(outcome),
              new Prim.Settings(peel, minSupport, threshold, boxes),
              m);
    } catch (IllegalArgumentException e) {
      throw new UsageProblem(e.getMessage());
    }
    out.println(
        m.format(
            "discover.hits",
            d.outcome(),
            f.count(d.hits()),
            d.arm(),
            f.count(d.runs()),
            f.statistic(100.0 * d.hits() / d.runs())));
    out.println();
    if (d.hits() == 0) {
      out.println(m.text("discover.never"));
    }
    TextTable table =
        new TextTable(
            m.text("discover.box"),
            m.text("discover.step"),
            m.text("discover.runs"),
            m.text("discover.coverage"),
            m.text("discover.density"),
            "");
    for (DiscoveryTable.Step s : d.steps()) {
      table.add(
          Integer.toString(s.box()),
          Integer.toString(s.step()),
          f.count(s.runs()),
          f.statistic(100 * s.coverage()) + "%",
          f.statistic(100 * s.density()) + "%",
          s.chosen() ? m.text("discover.chosen") : "");
    }
    out.print(table);
    out.println();
    DiscoveryTable.sentencesOf(d, m).forEach(s -> out.println("  " + s));
    out.println();
    out.println(m.format("decide.wrote", ResultsFile.DISCOVERY.in(folder)));
    Report.Written report = Report.write(folder, m.language());
    out.println(m.format("decide.wrote", ResultsFile.REPORT.in(folder)));
    out.flush();
    report.problems().forEach(p -> spec.commandLine().getErr().println("badaboum: " + p));
    return ExitCodes.OK;
  }
}
