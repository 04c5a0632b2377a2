package badaboum.cli;

import badaboum.engine.Simulation;
import badaboum.language.Messages;
import badaboum.result.RunOutcome;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.ErrorLog;
import badaboum.results.ResultsException;
import badaboum.results.ResultsFile;
import badaboum.results.RunsCsv;
import badaboum.scenario.Scenario;
import badaboum.sweep.LocalExecutor;
import badaboum.sweep.RunFunction;
import badaboum.sweep.RunTask;
import badaboum.sweep.SweepPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badaboum replay}: one run of a sweep again, alone, checked against its row. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one run of a sweep again, alone, from its row in DIR/runs.csv (point, arm, replicate,"
          + " seed) and DIR/scenario.effective.yaml, prints its summary next to the row's and"
          + " says whether they match.",
      "Exit codes: 0 the replay matches its row, 1 it does not."
    })
final class ReplayCommand implements Callable<Integer>, ResultsCommand {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "a sweep's results folder")
  Path folder;

  @Parameters(index = "1", paramLabel = "RUN_ID", description = "the run_id of a row of runs.csv")
  long runId;

  @Mixin LanguageOption lang;

  @Override
  public Path resultsFolder() {
    return folder;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Messages m = lang.messages();
    Scenario scenario = new ScenarioInput().load(ResultsFile.EFFECTIVE.in(folder));
    SweepPlan plan = SweepPlan.of(scenario);
    SweepLayout layout = plan.layout();
    if (runId < 0 || runId >= layout.runCount()) {
      throw new UsageProblem(
          "run " + runId + " is not in this sweep: its runs are 0 to " + (layout.runCount() - 1));
    }
    RunsCsv.Row row = new RunsCsv(layout).find(folder, runId);
    if (row == null) {
      throw new ResultsException(
          "run "
              + runId
              + " has no row in "
              + ResultsFile.RUNS.in(folder)
              + " yet; go on with the sweep first: badaboum sweep --resume "
              + folder);
    }
    List<String> differences = new ArrayList<>();
    RunTask planned = plan.task(runId, false);
    check(differences, "point", planned.point(), row.point());
    check(differences, "arm", planned.arm(), row.arm());
    check(differences, "replicate", planned.replicate(), row.replicate());
    check(differences, "seed (from the master seed and the replicate)", planned.seed(), row.seed());
    Map<String, Object> values = plan.point(row.point()).values();
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < layout.variedPaths().size(); i++) {
      String path = layout.variedPaths().get(i);
      String expected = RunsCsv.value(values.get(path));
      check(differences, path, expected, row.values().get(i));
      shown.add(path + "=" + row.values().get(i));
    }
    // the run as its row describes it: point, arm, replicate and the seed written there
    RunTask task = new RunTask(runId, row.point(), row.arm(), row.replicate(), row.seed(), false);
    out.println(
        m.format(
            "replay.run",
            runId,
            row.point(),
            shown.isEmpty() ? "" : " (" + String.join(", ", shown) + ")",
            row.arm(),
            row.replicate(),
            row.seed()));
    out.flush();
    List<RunOutcome> outcomes = new ArrayList<>();
    Throwable[] thrown = {null};
    RunFunction keepingWhatItThrows =
        (t, s) -> {
          try {
            return Simulation.run(s);
          } catch (RuntimeException | Error e) {
            thrown[0] = e;
            throw e;
          }
        };
    new LocalExecutor(1, keepingWhatItThrows)
        .execute(plan, List.of(task).iterator(), outcomes::add);
    RunOutcome replay = outcomes.get(0);
    if (thrown[0] != null) {
      Path log = ErrorLog.write(folder, "replay of run " + runId, thrown[0]);
      out.println(m.format("replay.trace", log));
    }
    if (row.status() != replay.status()) {
      differences.add(
          "status: runs.csv " + row.status().label() + ", replay " + replay.status().label());
    }
    TextTable table =
        new TextTable(
            m.text("report.metrics.metric"), ResultsFile.RUNS.fileName(), m.text("replay"), "");
    if (replay.ok()) {
      List<String> cells = RunsCsv.summaryCells(replay.result().focal());
      for (SummaryMetric metric : SummaryMetric.values()) {
        String written = row.summary().get(metric.ordinal());
        String again = cells.get(metric.ordinal());
        boolean same = written.equals(again);
        if (!same) {
          differences.add(metric.column() + ": runs.csv " + written + ", replay " + again);
        }
        table.add(
            metric.column(), show(written), show(again), same ? "" : m.text("replay.differs"));
      }
      out.print(table);
    } else {
      out.println(m.format("replay.failed", replay.error()));
      if (!row.error().equals(replay.error())) {
        differences.add("error: runs.csv " + row.error() + ", replay " + replay.error());
      }
    }
    if (differences.isEmpty()) {
      out.println(m.text("replay.matches"));
      return ExitCodes.OK;
    }
    out.println(m.text("replay.differsFromRow"));
    differences.forEach(d -> out.println("  " + d));
    return ExitCodes.FAILURE;
  }

  private static String show(String cell) {
    return cell.isEmpty() ? "-" : cell;
  }

  private static void check(List<String> differences, String what, Object planned, Object row) {
    if (!Objects.equals(planned, row)) {
      differences.add(what + ": expected " + planned + ", runs.csv has " + row);
    }
  }
}
