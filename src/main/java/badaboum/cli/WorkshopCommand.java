package badaboum.cli;

import badaboum.language.Messages;
import badaboum.report.Leaderboard;
import badaboum.results.ResultsFile;
import badaboum.results.ResultsFolder;
import badaboum.results.SweepSession;
import badaboum.scenario.EffectiveYaml;
import badaboum.scenario.PlanLoader;
import badaboum.scenario.Problem;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioException;
import badaboum.scenario.ScenarioLoader;
import badaboum.scenario.ScenarioSource;
import badaboum.scenario.VerdictSpec;
import badaboum.sweep.RunExecutor;
import badaboum.sweep.RunFunction;
import badaboum.sweep.SweepPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code badaboum workshop}: the teams' round. Each team's plan file is a strategy; every plan runs
 * on the scenario's market on the same seeds, as the arms of one sweep (so runs.csv, the report and
 * resuming are a sweep's), then leaderboard.html and leaderboard.csv rank the teams.
 */
@Command(
    name = "workshop",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the teams' plans against a scenario's market: each plan file (YAML, one per team;"
          + " start from scenarios/workshop/plan-template.yaml) is a strategy, checked like a"
          + " scenario, and every plan runs in the same worlds (seeds). Writes a sweep's results"
          + " folder with report.html, the plans as submitted (plans/), and leaderboard.html and"
          + " leaderboard.csv: the teams ranked on the scenario's primary metric (its verdict:)"
          + " with 95%% confidence intervals, which differences are real, and which team's"
          + " programme was cancelled and when.",
      "Stopped? Go on with: badaboum workshop --resume DIR"
    })
final class WorkshopCommand implements Callable<Integer>, ResultsCommand {
  /** Where the copies of the plan files go in the round's folder. */
  static final String PLANS = "plans";

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SCENARIO",
      arity = "0..1",
      description = "the market, e.g. scenarios/workshop/h1-boum-vs-steady.yaml")
  Path scenarioFile;

  @Option(
      names = "--plans",
      paramLabel = "DIR",
      description = "the folder of plan files, one .yaml per team (files starting with _ skipped)")
  Path plans;

  @Option(
      names = "--replications",
      paramLabel = "N",
      description = "worlds each plan runs in (default: the scenario's replications)")
  Integer replications;

  @Mixin ThreadsOption threads;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "results folder, new or empty (default: results/<scenario>/<time>-workshop/)")
  Path out;

  @Option(
      names = "--resume",
      paramLabel = "DIR",
      description = "go on with a stopped round in DIR, then rank the teams")
  Path resume;

  @Option(names = "--quiet", description = "no progress display")
  boolean quiet;

  @Mixin LanguageOption lang;

  private final RunFunction function;
  private Path folder;

  WorkshopCommand() {
    this(RunFunction.SIMULATION);
  }

  /** For tests: what each run calls (a stand-in that fails on chosen runs). */
  WorkshopCommand(RunFunction function) {
    this.function = function;
  }

  @Override
  public Path resultsFolder() {
    return folder;
  }

  @Override
  public Integer call() {
    int n = threads.count();
    RunExecutor executor = Engines.executor(Engines.LOCAL, null, n, function);
    if (resume != null) {
      if (scenarioFile != null || plans != null || replications != null || out != null) {
        throw new UsageProblem(
            "--resume takes the round's folder only: its scenario and plans are in it");
      }
      folder = resume;
      int code;
      try (SweepSession session = SweepSession.resume(resume, false, settings(n))) {
        SweepConsole console = console(executor, n);
        console.resumed(session);
        code = console.run(session, executor);
      }
      Scenario round = new ScenarioLoader().load(ResultsFile.EFFECTIVE.in(resume));
      return Math.max(code, leaderboard(round));
    }
    if (scenarioFile == null || plans == null) {
      throw new UsageProblem(
          "give a SCENARIO and --plans DIR, e.g. badaboum workshop"
              + " scenarios/workshop/h1-boum-vs-steady.yaml --plans teams/");
    }
    ScenarioInput input = new ScenarioInput();
    Scenario market = input.load(scenarioFile);
    List<Path> files = planFiles(plans);
    Scenario round = round(market, files);
    if (replications != null) {
      round = input.withFlags(round, Map.of("replications", replications));
    }
    SweepPlan plan = SweepPlan.checked(round);
    folder =
        out != null
            ? out
            : ResultsFolder.defaultFor(
                Path.of("results"), round.name(), "workshop", LocalDateTime.now());
    int code;
    try (SweepSession session = SweepSession.start(plan, folder, settings(n))) {
      copyPlans(files, folder.resolve(PLANS));
      SweepConsole console = console(executor, n);
      console.started(session);
      code = console.run(session, executor);
    }
    return Math.max(code, leaderboard(round));
  }

  /** The plan files of the folder, by name. */
  static List<Path> planFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new UsageProblem(
          "--plans "
              + folder
              + ": no such folder; put the teams' plan files (one .yaml each) in a folder");
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files =
          listed
              .filter(Files::isRegularFile)
              .filter(
                  f -> {
                    String name = f.getFileName().toString();
                    return (name.endsWith(".yaml") || name.endsWith(".yml"))
                        && !name.startsWith("_")
                        && !name.startsWith(".");
                  })
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    if (files.isEmpty()) {
      throw new UsageProblem(
          "no plan file (.yaml) in "
              + folder
              + "; each team copies scenarios/workshop/plan-template.yaml there and edits it");
    }
    return files;
  }

  /**
   * The market with the plans as arms, as one scenario whose text is its effective YAML: the round
   * the results folder records, and what a resume rebuilds.
   */
  static Scenario round(Scenario market, List<Path> files) {
    List<ScenarioSource> sources = new ArrayList<>();
    List<Problem> unreadable = new ArrayList<>();
    for (Path file : files) {
      try {
        sources.add(ScenarioSource.read(file));
      } catch (ScenarioException e) {
        unreadable.addAll(e.problems());
      }
    }
    if (!unreadable.isEmpty()) {
      throw new ScenarioException(unreadable);
    }
    Scenario combined = new PlanLoader().load(market, sources);
    ScenarioSource text =
        new ScenarioSource(
            market.source().label(), EffectiveYaml.write(combined), market.source().directory());
    return new ScenarioLoader().load(text);
  }

  private static void copyPlans(List<Path> files, Path into) {
    try {
      Files.createDirectories(into);
      for (Path file : files) {
        Files.copy(file, into.resolve(file.getFileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the plans into " + into, e);
    }
  }

  /** Writes the leaderboard and prints it; the exit code. */
  private int leaderboard(Scenario round) {
    Messages m = lang.messages();
    PrintWriter stdout = spec.commandLine().getOut();
    Leaderboard board = Leaderboard.read(folder, metric(round.verdict(), m));
    List<Path> written = board.write(folder, m);
    stdout.println();
    stdout.print(table(board, m));
    stdout.println();
    stdout.println(m.format("workshop.leaderboard", written.get(1)));
    stdout.flush();
    return ExitCodes.OK;
  }

  /** The scenario's primary metric, in the words of {@code m}'s language. */
  static Leaderboard.Metric metric(VerdictSpec verdict, Messages m) {
    String words = m.text("verdict.metric." + verdict.metric().label());
    return new Leaderboard.Metric(
        verdict.column(),
        m.format(
            verdict.over() == VerdictSpec.Over.FINAL
                ? "workshop.metric.final"
                : "workshop.metric.wholeRun",
            words),
        verdict.metric().higherIsBetter());
  }

  static String table(Leaderboard board, Messages m) {
    Format f = new Format(m);
    TextTable table =
        new TextTable(
            m.text("workshop.table.rank"),
            m.text("workshop.table.team"),
            m.has("table.sweep." + board.metric().column())
                ? m.text("table.sweep." + board.metric().column())
                : board.metric().column(),
            m.text("ci95"),
            m.text("workshop.table.cancelled"),
            m.text("workshop.table.vsNext"));
    List<Leaderboard.Team> ranking = board.ranking();
    for (int i = 0; i < ranking.size(); i++) {
      Leaderboard.Team t = ranking.get(i);
      String vsNext = "";
      if (i + 1 < ranking.size() && t.metric() != null) {
        Leaderboard.Pair p = board.pair(t.arm(), ranking.get(i + 1).arm());
        vsNext =
            p.comparison() == null
                ? ""
                : m.text(
                    switch (p.verdict()) {
                      case REAL -> "workshop.table.real";
                      case LIKELY -> "workshop.table.likely";
                      case LUCK -> "workshop.table.luck";
                    });
      }
      table.add(
          Integer.toString(i + 1),
          t.name(),
          t.metric() == null ? "-" : board.shown(t.metric().mean(), m),
          t.metric() == null
              ? "-"
              : m.format(
                  "workshop.table.range",
                  board.shown(t.metric().ci95Low(), m),
                  board.shown(t.metric().ci95High(), m)),
          t.cancelled() == 0
              ? m.text("workshop.table.never")
              : m.format(
                  "workshop.table.cancelledIn",
                  t.cancelled(),
                  t.runs(),
                  f.count(t.cancelDay().p50())),
          vsNext);
    }
    return table.toString();
  }

  private SweepSession.Settings settings(int n) {
    return new SweepSession.Settings(
        n,
        false,
        CommandLines.asTyped(spec.commandLine().getParseResult().originalArgs()),
        VersionProvider.version(),
        BuildInfo.gitCommit());
  }

  private SweepConsole console(RunExecutor executor, int n) {
    Progress.Mode mode =
        quiet
            ? Progress.Mode.QUIET
            : System.console() != null ? Progress.Mode.TERMINAL : Progress.Mode.LINES;
    return new SweepConsole(
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        mode,
        System::nanoTime,
        Engines.where(Engines.LOCAL, executor, n, lang.messages()),
        lang.messages());
  }
}
