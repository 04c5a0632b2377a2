package badaboum.cli;

import badaboum.engine.MemoryEstimate;
import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.language.Messages;
import badaboum.result.MemberTable;
import badaboum.result.RunResult;
import badaboum.result.RunSummary;
import badaboum.result.SummaryMetric;
import badaboum.results.AtomicWrite;
import badaboum.results.BrandColumns;
import badaboum.results.ResultsFile;
import badaboum.results.ResultsFolder;
import badaboum.results.RunTables;
import badaboum.scenario.EffectiveYaml;
import badaboum.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badaboum run}: each arm once, side by side, with its daily trace written as it ends. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs each arm of a scenario once and prints their summaries side by side.",
      "Writes traces.csv (each arm's daily values, one row per arm, brand and day: the format of"
          + " a sweep's traces/run-ID.csv), summary.csv and the scenario; members.csv with"
          + " --export-members."
    })
final class RunCommand implements Callable<Integer>, ResultsCommand {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SCENARIO",
      description = "a scenario file, e.g. scenarios/boum-vs-steady.yaml")
  Path scenarioFile;

  @Option(names = "--arm", paramLabel = "NAME", description = "run only this strategy")
  String arm;

  @Mixin ScenarioFlags flags;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "results folder (default: results/<scenario>/<timestamp>-run/)")
  Path out;

  @Option(
      names = "--export-members",
      description = "also write members.csv, one row per person and brand")
  boolean exportMembers;

  @Mixin LanguageOption lang;

  private Path folder;

  @Override
  public Path resultsFolder() {
    return folder;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    Messages m = lang.messages();
    Format f = new Format(m);
    ScenarioInput input = new ScenarioInput();
    Scenario scenario = input.withFlags(input.load(scenarioFile), flags.overrides());
    List<String> arms = ScenarioInput.arms(scenario, arm);
    folder =
        ResultsFolder.create(
            out != null
                ? out
                : ResultsFolder.defaultFor(
                    Path.of("results"), scenario.name(), "run", LocalDateTime.now()));
    AtomicWrite.text(ResultsFile.SCENARIO.in(folder), scenario.source().text());
    AtomicWrite.text(ResultsFile.EFFECTIVE.in(folder), EffectiveYaml.write(scenario));
    TextTable table =
        new TextTable(
            m.text("table.arm"),
            m.text("table.run.peak_fans"),
            m.text("table.run.peak_day"),
            m.text("table.run.final_fans"),
            m.text("table.run.final_followers"),
            m.text("table.run.final_active"),
            m.text("table.run.m2m_total"),
            m.text("table.run.cancelled"),
            m.text("table.run.total_spend"));
    try (Writer daily = writer(ResultsFile.RUN_TRACES.in(folder));
        Writer summary = writer(ResultsFile.RUN_SUMMARY.in(folder));
        Writer members =
            exportMembers ? writer(ResultsFile.RUN_MEMBERS.in(folder)) : Writer.nullWriter()) {
      RunTables tables = new RunTables(BrandColumns.of(scenario));
      daily.write(tables.dailyHeader());
      summary.write(tables.summaryHeader());
      members.write(exportMembers ? tables.membersHeader() : "");
      for (String name : arms) {
        stdout.println(
            m.format(
                "run.running",
                name,
                m.count(scenario.audience().size()),
                m.count(scenario.days())));
        stdout.flush();
        RunSpec runSpec = RunSpec.of(scenario, name, 0);
        runSpec = exportMembers ? runSpec.withMembers() : runSpec;
        RunResult result = run(runSpec, f);
        // each arm's rows reach the disk as soon as it ends: a later crash keeps them
        daily.write(tables.dailyRows(result));
        daily.flush();
        summary.write(tables.summaryRows(result));
        summary.flush();
        for (MemberTable table1 : result.members()) {
          members.write(tables.memberRows(name, table1));
        }
        members.flush();
        addRow(table, name, result.focal(), m, f);
      }
    }
    stdout.println();
    stdout.print(table);
    stdout.println();
    stdout.println(m.format("sweep.results", folder));
    return ExitCodes.OK;
  }

  private static void addRow(TextTable table, String arm, RunSummary s, Messages m, Format f) {
    table.add(
        arm,
        f.count(s.get(SummaryMetric.PEAK_FANS)),
        f.count(s.get(SummaryMetric.PEAK_DAY)),
        f.count(s.get(SummaryMetric.FINAL_FANS)),
        f.count(s.get(SummaryMetric.FINAL_FOLLOWERS)),
        f.count(s.get(SummaryMetric.FINAL_ACTIVE)),
        f.count(s.get(SummaryMetric.M2M_TOTAL)),
        s.get(SummaryMetric.CANCELLED) > 0
            ? m.format("run.cancelledOn", f.count(s.get(SummaryMetric.CANCEL_DAY)))
            : m.text("run.notCancelled"),
        f.money(s.get(SummaryMetric.TOTAL_SPEND)));
  }

  /** One run; out of memory says how much it needs and how to give it. */
  private static RunResult run(RunSpec spec, Format f) {
    try {
      return Simulation.run(spec);
    } catch (OutOfMemoryError e) {
      MemoryEstimate estimate = MemoryEstimate.of(spec.scenario());
      throw new NotEnoughMemory(
          "Java ran out of memory: a run of "
              + f.count(spec.scenario().audience().size())
              + " people needs about "
              + MemoryEstimate.format(estimate.peakBytes())
              + " at its peak, and Java's heap here is "
              + MemoryEstimate.format(Runtime.getRuntime().maxMemory())
              + ". Give it more and run it again, e.g. BADABOUM_JAVA_OPTS="
              + estimate.heapFor(1)
              + " badaboum run ...; the arms already run are in "
              + ResultsFile.RUN_TRACES);
    }
  }

  private static Writer writer(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }
}
