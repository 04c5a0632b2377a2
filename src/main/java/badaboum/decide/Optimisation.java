package badaboum.decide;

import badaboum.analysis.Summary;
import badaboum.language.Messages;
import badaboum.result.RunResult;
import badaboum.result.SummaryMetric;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Searches a strategy's knobs for the plan with the best mean objective over replicates 0 to N − 1
 * (common random numbers: every plan meets the same market and the same draws, so two plans differ
 * by what they do), subject to a mean total spend within the budget. Every evaluation goes to the
 * journal as it ends; a search given its journal back replays it without running its plans again.
 *
 * <p>The search minimises a fitness that orders plans by Deb's feasibility rules (Deb 2000): a plan
 * within the budget by its objective; any plan over the budget after every plan within it, by how
 * far over it is; a plan that could not be evaluated last.
 */
public final class Optimisation {
  /**
   * Fitness of the first plan over the budget: larger than any objective's magnitude, small enough
   * that the excess (a share of the budget) still tells plans apart in a double.
   */
  static final double OVER_BUDGET = 0x1p40;

  /** Objectives beyond this magnitude could not be ranked below {@link #OVER_BUDGET}. */
  static final double LARGEST_OBJECTIVE = 0x1p39;

  /**
   * What to search.
   *
   * @param budget the most mean total spend allowed; infinite for none
   * @param replications replicates per plan (0 to N − 1)
   */
  public record Problem(PlanSpace space, Objective objective, double budget, int replications) {
    public Problem {
      if (replications < 2) {
        throw new IllegalArgumentException(
            "at least 2 replications, for a confidence interval; got " + replications);
      }
      if (!(budget > 0)) {
        throw new IllegalArgumentException("the budget must be positive, got " + budget);
      }
    }
  }

  /**
   * The search's outcome.
   *
   * @param evaluations every plan evaluated, in order
   * @param best the best plan within the budget, or null when none was
   * @param replayed evaluations read back from the journal rather than run
   */
  public record Outcome(List<Evaluation> evaluations, Evaluation best, int replayed) {}

  private final Problem problem;
  private final Simulator simulator;
  private final Consumer<Evaluation> journal;
  private final List<Evaluation> recorded;
  private final Messages m;
  private final Consumer<String> progress;
  private final List<Evaluation> evaluations = new ArrayList<>();
  private long ranSince;
  private int ran;
  private int replayed;
  private int planned;

  /**
   * @param recorded evaluations of an earlier session of the same search, replayed in order
   * @param journal receives each new evaluation as it ends
   * @param progress receives a line per evaluation
   */
  public Optimisation(
      Problem problem,
      Simulator simulator,
      List<Evaluation> recorded,
      Consumer<Evaluation> journal,
      Messages messages,
      Consumer<String> progress) {
    this.m = messages;
    this.problem = problem;
    this.simulator = simulator;
    this.recorded = List.copyOf(recorded);
    this.journal = journal;
    this.progress = progress;
  }

  public Outcome run(Search.Settings settings) {
    this.planned = settings.evaluations();
    PlanSpace space = problem.space();
    Search.minimise(unit -> fitness(evaluate(space.values(unit))), space.start(), settings);
    return new Outcome(List.copyOf(evaluations), best(evaluations), replayed);
  }

  /** The best evaluation within the budget, or null. */
  public static Evaluation best(List<Evaluation> evaluations, boolean maximise) {
    Evaluation best = null;
    for (Evaluation e : evaluations) {
      if (e.feasible()
          && (best == null
              || (maximise
                  ? e.objectiveMean() > best.objectiveMean()
                  : e.objectiveMean() < best.objectiveMean()))) {
        best = e;
      }
    }
    return best;
  }

  private Evaluation best(List<Evaluation> all) {
    return best(all, problem.objective().maximise());
  }

  /** The fitness the search minimises (see the class comment). */
  double fitness(Evaluation e) {
    if (!e.ok()) {
      return 2 * OVER_BUDGET;
    }
    if (!e.feasible()) {
      double excess = (e.spendMean() - problem.budget()) / problem.budget();
      return OVER_BUDGET + Math.min(excess, OVER_BUDGET / 4);
    }
    double mean = e.objectiveMean();
    if (!(Math.abs(mean) < LARGEST_OBJECTIVE)) {
      throw new IllegalStateException(
          problem.objective().metric().column() + " is too large to rank: " + mean);
    }
    return problem.objective().maximise() ? -mean : mean;
  }

  private Evaluation evaluate(double[] values) {
    int index = evaluations.size();
    Evaluation e;
    if (index < recorded.size()) {
      e = recorded.get(index);
      if (!Arrays.equals(e.values(), values)) {
        throw new IllegalStateException(
            "evaluation "
                + index
                + " of the journal is not the plan this search asks for: the search or its"
                + " scenario changed since it started");
      }
      replayed++;
    } else {
      if (ranSince == 0) {
        ranSince = System.nanoTime();
      }
      e = same(values);
      if (e == null) {
        e = run(index, values);
      } else {
        e = renumbered(e, index);
      }
      journal.accept(e);
      ran++;
    }
    evaluations.add(e);
    progress.accept(line(e) + timeLeft());
    return e;
  }

  /** An earlier evaluation of the same values (whole-number knobs make repeats common), or null. */
  private Evaluation same(double[] values) {
    for (Evaluation e : evaluations) {
      if (Arrays.equals(e.values(), values)) {
        return e;
      }
    }
    return null;
  }

  private static Evaluation renumbered(Evaluation e, int index) {
    return new Evaluation(
        index,
        e.values(),
        e.error(),
        e.runs(),
        e.objectiveMean(),
        e.objectiveLow(),
        e.objectiveHigh(),
        e.spendMean(),
        e.spendLow(),
        e.spendHigh(),
        e.feasible());
  }

  private Evaluation run(int index, double[] values) {
    Scenario scenario;
    try {
      scenario = problem.space().scenario(values);
    } catch (ScenarioException ex) {
      return Evaluation.failed(index, values, oneLine(ex.problems().get(0).message()));
    }
    List<RunResult> runs;
    try {
      runs = simulator.run(scenario, problem.space().arm(), 0, problem.replications());
    } catch (Simulator.RunFailed ex) {
      return Evaluation.failed(index, values, oneLine(ex.getMessage()));
    }
    return summarise(index, values, runs, problem.objective(), problem.budget());
  }

  /** An evaluation from a plan's runs: the objective's and the spend's means with their CIs. */
  static Evaluation summarise(
      int index, double[] values, List<RunResult> runs, Objective objective, double budget) {
    SummaryMetric metric = objective.metric();
    double[] measured = new double[runs.size()];
    double[] spend = new double[runs.size()];
    for (int r = 0; r < runs.size(); r++) {
      measured[r] = runs.get(r).focal().get(metric);
      spend[r] = runs.get(r).focal().get(SummaryMetric.TOTAL_SPEND);
    }
    double[] defined = Arrays.stream(measured).filter(v -> !Double.isNaN(v)).toArray();
    if (defined.length == 0) {
      return Evaluation.failed(
          index, values, metric.column() + " is undefined in every run of this plan");
    }
    Summary o = Summary.of(defined);
    Summary s = Summary.of(spend);
    return new Evaluation(
        index,
        values,
        "",
        runs.size(),
        o.mean(),
        o.ci95Low(),
        o.ci95High(),
        s.mean(),
        s.ci95Low(),
        s.ci95High(),
        s.mean() <= budget);
  }

  private String line(Evaluation e) {
    Evaluation best = best(evaluations);
    List<Knob> knobs = problem.space().knobs();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < knobs.size(); i++) {
      values.add(knobs.get(i).path() + " " + number(e.values()[i]));
    }
    String what =
        !e.ok()
            ? m.format("decide.plan.failed", oneLine(e.error()))
            : m.format(
                e.feasible() ? "decide.plan.result" : "decide.plan.resultOver",
                problem.objective().metric().column(),
                number(e.objectiveMean()),
                m.count(Math.round(e.spendMean())));
    return m.format(
        e.index() < recorded.size() ? "decide.plan.replayed" : "decide.plan",
        m.count(e.index() + 1L),
        m.count(planned),
        String.join(", ", values),
        what,
        best == null ? "" : m.format("decide.plan.best", number(best.objectiveMean())));
  }

  /** "; 2:10 left", from the pace of the plans run in this session (replayed ones are free). */
  private String timeLeft() {
    int left = planned - evaluations.size();
    if (ran == 0 || left <= 0) {
      return "";
    }
    double perPlan = (System.nanoTime() - ranSince) / 1e9 / ran;
    return m.format("decide.plan.left", duration(perPlan * left));
  }

  /** 0:07, 12:30, 2:05:00, as sweep's progress writes it. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(java.util.Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** Four significant digits in the language of the terminal. */
  private String number(double v) {
    return Double.isFinite(v)
        ? m.decimal(new java.math.BigDecimal(RoundTrip.plain(round(v))))
        : "-";
  }

  private static double round(double v) {
    return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4g", v));
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
