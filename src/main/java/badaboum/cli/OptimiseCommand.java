package badaboum.cli;

import badaboum.analysis.PairedComparison;
import badaboum.decide.Evaluation;
import badaboum.decide.Knob;
import badaboum.decide.Objective;
import badaboum.decide.OptimisationSession;
import badaboum.decide.Search;
import badaboum.decide.SearchSpec;
import badaboum.decide.Simulator;
import badaboum.language.Messages;
import badaboum.results.ResultsFolder;
import badaboum.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badaboum optimise}: the best plan for a budget, on common random numbers, resumable. */
@Command(
    name = "optimise",
    aliases = "optimize",
    mixinStandardHelpOptions = true,
    description = {
      "Searches a strategy's knobs for the plan with the best mean objective (a column of"
          + " runs.csv) over the same replicates for every plan (common random numbers), with a mean"
          + " total spend within --budget. CMA-ES by default (BOBYQA for smooth responses with two"
          + " knobs or more).",
      "Writes optimisation.csv (every plan evaluated, appended as each ends: the resume journal),"
          + " best.yaml (the scenario with the best plan as a new arm next to the original) and"
          + " optimisation.html (cost against outcome). Stopped, it goes on with --resume DIR."
    })
final class OptimiseCommand implements Callable<Integer>, ResultsCommand {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SCENARIO",
      arity = "0..1",
      description = "a scenario file, e.g. scenarios/boum-vs-steady.yaml (not with --resume)")
  Path scenarioFile;

  @Option(names = "--arm", paramLabel = "ARM", description = "the strategy whose knobs move")
  String arm;

  @Option(
      names = "--vary",
      paramLabel = "KEY=LOW:HIGH",
      description =
          "a knob of the strategy and its range, e.g. posts_per_week=1:14 or"
              + " strategies.steady.replies.rate=0:1 (KEY alone: the key's whole range); repeat"
              + " for each knob. A content share (content.promotional) takes its value from the"
              + " other shares, which keep their proportions")
  List<String> vary = new ArrayList<>();

  @Option(
      names = "--objective",
      paramLabel = "METRIC",
      description = "a runs.csv column (default: the scenario's primary metric, verdict:)")
  String objective;

  @ArgGroup(exclusive = true)
  Direction direction;

  static final class Direction {
    @Option(
        names = {"--maximise", "--maximize"},
        description = "larger is better")
    boolean maximise;

    @Option(
        names = {"--minimise", "--minimize"},
        description = "smaller is better (the default for spend, costs, cancellations, unfollows)")
    boolean minimise;
  }

  @Option(
      names = "--budget",
      paramLabel = "AMOUNT",
      description = "the most mean total spend a plan may have, in the scenario's currency")
  Double budget;

  @Option(
      names = "--replications",
      paramLabel = "N",
      description = "replicates per plan (default: the scenario's)")
  Integer replications;

  @Option(
      names = "--evaluations",
      paramLabel = "N",
      defaultValue = "100",
      description = "plans to evaluate (default: ${DEFAULT-VALUE})")
  int evaluations;

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      defaultValue = "cmaes",
      description = "cmaes (default) or bobyqa")
  String method;

  @Option(
      names = "--search-seed",
      paramLabel = "N",
      description = "seed of CMA-ES's sampling (default: derived from the scenario's master seed)")
  Long searchSeed;

  @Mixin ThreadsOption threads;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "folder to write, new or empty (default: results/<scenario>/<timestamp>-optimise/)")
  Path out;

  @Option(
      names = "--resume",
      paramLabel = "DIR",
      description = "go on with the search of DIR, without running its plans again")
  Path resume;

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
    String command = CommandLines.asTyped(spec.commandLine().getParseResult().originalArgs());
    Messages m = lang.messages();
    java.util.function.Consumer<String> progress =
        quiet
            ? line -> {}
            : line -> {
              err.println(line);
              err.flush();
            };
    OptimisationSession.Result result;
    try (Simulator simulator = new Simulator(threads.count())) {
      if (resume != null) {
        if (scenarioFile != null || !vary.isEmpty() || arm != null || out != null) {
          throw new UsageProblem(
              "--resume DIR goes on with the search as it was started: give nothing else");
        }
        folder = resume;
        result = OptimisationSession.resume(resume, simulator, m, progress, command);
      } else {
        SearchSpec search = search();
        Scenario scenario = new ScenarioInput().load(scenarioFile);
        folder =
            out != null
                ? out
                : ResultsFolder.defaultFor(
                    Path.of("results"), scenario.name(), "optimise", LocalDateTime.now());
        result =
            OptimisationSession.start(
                folder, scenario, withDefaults(search, scenario), simulator, m, progress, command);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageProblem(e.getMessage());
    }
    print(stdout, result, m);
    return ExitCodes.OK;
  }

  /** The search as the flags say, before the scenario fills its defaults. */
  private SearchSpec search() {
    if (scenarioFile == null) {
      throw new UsageProblem("give a scenario file, or --resume DIR");
    }
    if (arm == null) {
      throw new UsageProblem("--arm ARM: which strategy's knobs to search");
    }
    if (vary.isEmpty()) {
      throw new UsageProblem("--vary KEY=LOW:HIGH: at least one knob to search");
    }
    List<String> knobs = new ArrayList<>();
    for (String v : vary) {
      knobs.add(SearchSpec.spec(Knob.ofPlan(v, arm)));
    }
    Search.Method m;
    try {
      m = Search.Method.valueOf(method.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageProblem("--method " + method + ": cmaes or bobyqa");
    }
    if (m == Search.Method.BOBYQA && knobs.size() < 2) {
      throw new UsageProblem("--method bobyqa needs two knobs or more; with one, use cmaes");
    }
    if (budget != null && !(budget > 0)) {
      throw new UsageProblem("--budget " + budget + ": a positive amount");
    }
    Boolean max = direction == null ? null : direction.maximise;
    return new SearchSpec(
        arm,
        knobs,
        objective,
        max != null && max,
        budget,
        replications == null ? 0 : replications,
        evaluations,
        m.label(),
        0.3,
        searchSeed == null ? 0 : searchSeed);
  }

  /** The scenario's defaults for what the flags left out. */
  private SearchSpec withDefaults(SearchSpec s, Scenario scenario) {
    ScenarioInput.arms(scenario, s.arm());
    String metric = s.objective() != null ? s.objective() : scenario.verdict().column();
    Boolean max = direction == null ? null : direction.maximise;
    Objective parsed = Objective.parse(metric, max);
    int reps = s.replications() > 0 ? s.replications() : scenario.replications();
    long seed = searchSeed != null ? searchSeed : scenario.seed();
    return new SearchSpec(
        s.arm(),
        s.knobs(),
        metric,
        parsed.maximise(),
        s.budget(),
        reps,
        s.evaluations(),
        s.method(),
        s.sigma(),
        seed);
  }

  private static void print(PrintWriter out, OptimisationSession.Result r, Messages m) {
    Format f = new Format(m);
    Evaluation best = r.best();
    if (r.outcome().replayed() > 0) {
      out.println(
          m.format(
              "optimise.replayed",
              f.count(r.outcome().replayed()),
              f.count(r.outcome().evaluations().size() - r.outcome().replayed())));
    }
    if (best == null) {
      out.println(m.text("optimise.none"));
    } else {
      out.println(
          m.format(
              "optimise.best",
              f.count(best.index()),
              f.statistic(best.objectiveMean()),
              f.statistic(best.objectiveLow()),
              f.statistic(best.objectiveHigh()),
              f.money(best.spendMean()),
              f.count(best.index() + 1)));
      PairedComparison c = r.comparison();
      if (c != null) {
        out.println(
            m.format(
                "optimise.against",
                f.statistic(r.yours().objectiveMean()),
                f.money(r.yours().spendMean()),
                (c.meanDifference() > 0 ? "+" : "") + f.statistic(c.meanDifference()),
                f.statistic(c.ci95Low()),
                f.statistic(c.ci95High())));
      }
    }
    out.println();
    r.files().forEach(file -> out.println(m.format("decide.wrote", file)));
    out.flush();
  }
}
