package badaboum.decide;

import badaboum.analysis.DerivedSeeds;
import badaboum.analysis.PairedComparison;
import badaboum.language.Messages;
import badaboum.report.OptimisationPage;
import badaboum.result.RunResult;
import badaboum.results.AtomicWrite;
import badaboum.results.ResultsFile;
import badaboum.results.ResultsFolder;
import badaboum.scenario.EffectiveYaml;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import badaboum.scenario.ScenarioSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An optimisation's folder from start to end: scenario.yaml and scenario.effective.yaml,
 * search.json, optimisation.csv appended as plans are evaluated, then best.yaml and
 * optimisation.html. A folder whose search was stopped is resumed from its files alone.
 */
public final class OptimisationSession {
  /**
   * What a finished search found.
   *
   * @param best the best plan within the budget; null when no plan was
   * @param yours the plan as the scenario gives it, evaluated on the same replicates
   * @param comparison the best plan's objective against yours, paired by replicate; null without a
   *     best plan
   * @param files written, in order
   */
  public record Result(
      Path folder,
      Optimisation.Outcome outcome,
      Evaluation best,
      Evaluation yours,
      PairedComparison comparison,
      List<Path> files) {}

  private OptimisationSession() {}

  /** The name of the new arm in best.yaml. */
  public static String bestArm(String arm) {
    return arm + "-optimised";
  }

  /**
   * Starts a search in a new folder.
   *
   * @param base the scenario (its sweep, if any, is ignored)
   * @param given the text of the scenario file, as given
   */
  public static Result start(
      Path folder,
      Scenario base,
      SearchSpec spec,
      Simulator simulator,
      Messages messages,
      Consumer<String> progress,
      String command) {
    Scenario effective = new ScenarioLoader().point(base, Map.of(), "optimise");
    ResultsFolder.create(folder);
    AtomicWrite.text(ResultsFile.SCENARIO.in(folder), base.source().text());
    AtomicWrite.text(ResultsFile.EFFECTIVE.in(folder), EffectiveYaml.write(effective));
    spec.write(ResultsFile.SEARCH.in(folder));
    OptimisationJournal journal = journal(folder, spec);
    journal.create();
    return run(folder, effective, spec, List.of(), journal, simulator, messages, progress, command);
  }

  /** Goes on with the search of {@code folder}, replaying the plans it has evaluated. */
  public static Result resume(
      Path folder,
      Simulator simulator,
      Messages messages,
      Consumer<String> progress,
      String command) {
    SearchSpec spec = SearchSpec.read(ResultsFile.SEARCH.in(folder));
    Path effectiveFile = ResultsFile.EFFECTIVE.in(folder);
    if (!Files.isRegularFile(effectiveFile)) {
      throw new IllegalStateException(folder + " has no " + effectiveFile.getFileName());
    }
    Scenario effective = new ScenarioLoader().load(ScenarioSource.read(effectiveFile));
    OptimisationJournal journal = journal(folder, spec);
    List<Evaluation> recorded = journal.read();
    return run(folder, effective, spec, recorded, journal, simulator, messages, progress, command);
  }

  private static OptimisationJournal journal(Path folder, SearchSpec spec) {
    List<String> paths = spec.parsedKnobs().stream().map(Knob::path).toList();
    return new OptimisationJournal(ResultsFile.OPTIMISATION.in(folder), paths);
  }

  private static Result run(
      Path folder,
      Scenario effective,
      SearchSpec spec,
      List<Evaluation> recorded,
      OptimisationJournal journal,
      Simulator simulator,
      Messages messages,
      Consumer<String> progress,
      String command) {
    List<Knob> knobs = spec.parsedKnobs();
    PlanSpace space = new PlanSpace(effective, spec.arm(), knobs);
    Objective objective = spec.parsedObjective();
    double budget = spec.budget() == null ? Double.POSITIVE_INFINITY : spec.budget();
    Optimisation.Problem problem =
        new Optimisation.Problem(space, objective, budget, spec.replications());
    Optimisation.Outcome outcome =
        new Optimisation(problem, simulator, recorded, journal::append, messages, progress)
            .run(spec.settings());
    Evaluation best = outcome.best();
    // the plan as the scenario gives it, on the same replicates, against the best one
    List<RunResult> mine = simulator.run(effective, spec.arm(), 0, spec.replications());
    double[] given = values(effective, spec.arm(), knobs);
    Evaluation yours = Optimisation.summarise(-1, given, mine, objective, budget);
    PairedComparison comparison = null;
    List<Path> files = new ArrayList<>(List.of(ResultsFile.OPTIMISATION.in(folder)));
    if (best != null) {
      List<RunResult> theirs =
          simulator.run(space.scenario(best.values()), spec.arm(), 0, spec.replications());
      comparison = compare(objective, mine, theirs, effective.seed());
      Path bestFile = ResultsFile.BEST.in(folder);
      AtomicWrite.text(bestFile, bestYaml(effective, spec.arm(), knobs, best.values()));
      files.add(bestFile);
    }
    Path page = ResultsFile.OPTIMISATION_PAGE.in(folder);
    AtomicWrite.text(
        page,
        OptimisationPage.render(
            page(effective, spec, knobs, outcome, best, yours, comparison, command, messages),
            messages));
    files.add(page);
    return new Result(folder, outcome, best, yours, comparison, files);
  }

  /** The knobs' values in the scenario as given (NaN where it has none). */
  private static double[] values(Scenario effective, String arm, List<Knob> knobs) {
    double[] values = new double[knobs.size()];
    for (int i = 0; i < values.length; i++) {
      Object v = PlanSpace.valueAt(effective.effective(), knobs.get(i).path().replace("*", arm));
      values[i] = v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
    return values;
  }

  /** The best plan against the scenario's own, paired by replicate on the objective. */
  private static PairedComparison compare(
      Objective objective, List<RunResult> mine, List<RunResult> theirs, long seed) {
    List<Double> a = new ArrayList<>();
    List<Double> b = new ArrayList<>();
    for (int r = 0; r < mine.size(); r++) {
      double x = mine.get(r).focal().get(objective.metric());
      double y = theirs.get(r).focal().get(objective.metric());
      if (!Double.isNaN(x) && !Double.isNaN(y)) {
        a.add(x);
        b.add(y);
      }
    }
    if (a.isEmpty()) {
      return null;
    }
    return PairedComparison.of(
        a.stream().mapToDouble(Double::doubleValue).toArray(),
        b.stream().mapToDouble(Double::doubleValue).toArray(),
        DerivedSeeds.derive(seed, "optimise"));
  }

  /** The scenario with the best plan as a new arm next to the original. */
  static String bestYaml(Scenario effective, String arm, List<Knob> knobs, double[] values) {
    ScenarioLoader loader = new ScenarioLoader();
    String name = bestArm(arm);
    Object strategy = PlanSpace.valueAt(effective.effective(), "strategies." + arm);
    Map<String, Object> add = new LinkedHashMap<>();
    add.put("strategies." + name, strategy);
    add.put("compare", List.of(arm, name));
    Scenario withArm = loader.point(effective, add, "best.yaml");
    List<Knob> moved = new ArrayList<>();
    for (Knob knob : knobs) {
      String rest = knob.path().substring(("strategies." + arm).length());
      moved.add(
          new Knob(
              "strategies." + name + rest, knob.low(), knob.high(), knob.log(), knob.integer()));
    }
    Scenario best = new PlanSpace(withArm, name, moved).scenario(values);
    return "# the best plan the search found, as the arm "
        + name
        + " next to "
        + arm
        + ": badaboum sweep best.yaml compares them\n"
        + EffectiveYaml.write(best);
  }

  private static OptimisationPage.Input page(
      Scenario effective,
      SearchSpec spec,
      List<Knob> knobs,
      Optimisation.Outcome outcome,
      Evaluation best,
      Evaluation yours,
      PairedComparison comparison,
      String command,
      Messages messages) {
    List<OptimisationPage.Plan> plans = new ArrayList<>();
    for (Evaluation e : outcome.evaluations()) {
      plans.add(plan(e));
    }
    return new OptimisationPage.Input(
        effective.name(),
        spec.arm(),
        spec.parsedObjective().metric().column(),
        spec.maximise(),
        spec.budget() == null ? Double.NaN : spec.budget(),
        knobs.stream()
            .map(k -> new OptimisationPage.Knob(k.path(), k.rangeText(messages)))
            .toList(),
        spec.settings().describe(knobs.size(), messages),
        spec.replications(),
        plans,
        best == null ? null : plan(best),
        plan(yours),
        comparison,
        command);
  }

  private static OptimisationPage.Plan plan(Evaluation e) {
    return new OptimisationPage.Plan(
        e.index(),
        e.values(),
        e.ok(),
        e.objectiveMean(),
        e.objectiveLow(),
        e.objectiveHigh(),
        e.spendMean(),
        e.feasible());
  }
}
