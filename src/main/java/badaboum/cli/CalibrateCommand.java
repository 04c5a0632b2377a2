package badaboum.cli;

import badaboum.decide.Calibration;
import badaboum.decide.CalibrationSession;
import badaboum.decide.History;
import badaboum.decide.HistoryException;
import badaboum.decide.HistoryReader;
import badaboum.decide.Knob;
import badaboum.decide.Simulator;
import badaboum.language.Messages;
import badaboum.results.ResultsFolder;
import badaboum.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badaboum calibrate}: fits scenario keys to a page's daily history. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Fits scenario keys to a page's daily history (HISTORY.csv: a date or day column and any of"
          + " followers, new_followers, unfollows, reactions, reach, posts, or their names in a"
          + " page-analytics export, such as Lifetime Total Likes, Daily New Likes, Daily Unlikes,"
          + " Daily Page Engaged Users, Daily Total Reach).",
      "The estimate minimises the distance between the history and the model's mean over the"
          + " same replicates for every value tried (CMA-ES, common random numbers); each key's"
          + " 90% interval comes from approximate Bayesian computation around it.",
      "Writes calibration.csv (estimate, interval, fit error), calibrated.yaml (the scenario with"
          + " the estimates, ready for badaboum sweep) and calibration.html (the history against"
          + " the fitted model's band)."
    })
final class CalibrateCommand implements Callable<Integer>, ResultsCommand {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "the scenario of the page, e.g. mine.yaml")
  Path scenarioFile;

  @Option(
      names = "--arm",
      paramLabel = "ARM",
      required = true,
      description = "the plan the page followed")
  String arm;

  @Option(
      names = "--data",
      paramLabel = "HISTORY.csv",
      required = true,
      description = "the page's daily history")
  Path data;

  @Option(
      names = "--fit",
      paramLabel = "KEY[=LOW:HIGH]",
      required = true,
      split = ",",
      description =
          "the keys to fit, comma separated, each with its range (audience.discovery=0.0005:0.005)"
              + " or alone (the key catalogue's range, scenarios/README.md)")
  List<String> fit = new ArrayList<>();

  @Option(
      names = "--holdout-days",
      paramLabel = "N",
      defaultValue = "0",
      description = "fit on all but the last N days and report the forecast's error on them")
  int holdout;

  @Option(
      names = "--skip-unknown-columns",
      description = "ignore columns of the history that badaboum does not read, instead of failing")
  boolean skipUnknown;

  @Option(
      names = "--replications",
      paramLabel = "N",
      defaultValue = "4",
      description = "replicates averaged at each value the fit tries (default: ${DEFAULT-VALUE})")
  int replications;

  @Option(
      names = "--evaluations",
      paramLabel = "N",
      defaultValue = "150",
      description = "values the fit tries (default: ${DEFAULT-VALUE})")
  int evaluations;

  @Option(
      names = "--samples",
      paramLabel = "N",
      defaultValue = "400",
      description = "runs per round of the interval (default: ${DEFAULT-VALUE})")
  int samples;

  @Mixin ThreadsOption threads;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "folder to write, new or empty (default: results/<scenario>/<timestamp>-calibrate/)")
  Path out;

  @Option(names = "--quiet", description = "no progress lines")
  boolean quiet;

  private Path folder;

  @Mixin LanguageOption lang;

  @Override
  public Path resultsFolder() {
    return folder;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Messages m = lang.messages();
    Scenario scenario = new ScenarioInput().load(scenarioFile);
    ScenarioInput.arms(scenario, arm);
    List<String> skipped = new ArrayList<>();
    History history;
    try {
      history = HistoryReader.read(data, skipUnknown, skipped);
    } catch (HistoryException e) {
      e.problems().forEach(p -> err.println(p));
      err.flush();
      return ExitCodes.USAGE;
    }
    if (!skipped.isEmpty()) {
      err.println(m.format("calibrate.skipped", String.join(", ", skipped)));
    }
    List<Knob> knobs = new ArrayList<>();
    Calibration.Settings settings;
    try {
      for (String key : fit) {
        knobs.add(Knob.parse(key));
      }
      Calibration.Settings d = Calibration.Settings.defaults(scenario.seed());
      settings =
          new Calibration.Settings(
              replications,
              evaluations,
              d.windows(),
              samples,
              d.accept(),
              d.widen(),
              d.rounds(),
              d.band(),
              d.identified(),
              d.seed());
    } catch (IllegalArgumentException e) {
      throw new UsageProblem(e.getMessage());
    }
    folder =
        out != null
            ? out
            : ResultsFolder.defaultFor(
                Path.of("results"), scenario.name(), "calibrate", LocalDateTime.now());
    String command = CommandLines.asTyped(spec.commandLine().getParseResult().originalArgs());
    CalibrationSession.Written written;
    try (Simulator simulator = new Simulator(threads.count())) {
      Calibration calibration =
          new Calibration(
              scenario,
              arm,
              knobs,
              history,
              holdout,
              settings,
              simulator,
              m,
              quiet
                  ? line -> {}
                  : line -> {
                    err.println(line);
                    err.flush();
                  });
      written = CalibrationSession.run(folder, scenario, data, calibration, arm, command, m);
    } catch (IllegalArgumentException e) {
      throw new UsageProblem(e.getMessage());
    }
    print(stdout, written, m);
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, CalibrationSession.Written w, Messages m) {
    Format f = new Format(m);
    TextTable table =
        new TextTable(
            m.text("calibration.key"),
            m.text("calibration.estimate"),
            m.text("calibration.interval"),
            "");
    for (Calibration.Fitted fitted : w.result().keys()) {
      table.add(
          fitted.knob().path(),
          f.statistic(fitted.estimate()),
          m.format("strategist.interval", f.statistic(fitted.lower()), f.statistic(fitted.upper())),
          !fitted.identified()
              ? m.text("calibration.notIdentified.short")
              : fitted.estimate() < fitted.lower() || fitted.estimate() > fitted.upper()
                  ? m.text("calibration.outside.short")
                  : "");
    }
    out.print(table);
    out.println();
    for (Calibration.Column c : w.result().columns()) {
      out.println(
          m.format(
              Double.isNaN(c.forecastNrmse()) ? "calibrate.nrmse" : "calibrate.nrmse.holdout",
              c.column().column(),
              f.statistic(c.fitNrmse()),
              f.statistic(c.forecastNrmse())));
    }
    out.println();
    w.files().forEach(file -> out.println(m.format("decide.wrote", file)));
    out.flush();
  }
}
