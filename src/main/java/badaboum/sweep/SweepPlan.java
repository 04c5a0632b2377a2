package badaboum.sweep;

import badaboum.engine.RandomStreams;
import badaboum.engine.RunSpec;
import badaboum.result.SweepLayout;
import badaboum.scenario.EffectiveYaml;
import badaboum.scenario.Position;
import badaboum.scenario.Problem;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioException;
import badaboum.scenario.ScenarioLoader;
import badaboum.scenario.ScenarioSource;
import badaboum.scenario.SweepSpec;
import badaboum.sweep.design.Design;
import badaboum.sweep.design.DesignPoint;
import badaboum.sweep.design.DesignProblem;
import badaboum.sweep.design.Factor;
import badaboum.sweep.design.GridDesign;
import badaboum.sweep.design.Levels;
import badaboum.sweep.design.LhsDesign;
import badaboum.sweep.design.MorrisDesign;
import badaboum.sweep.design.PointTag;
import badaboum.sweep.design.RandomDesign;
import badaboum.sweep.design.Range;
import badaboum.sweep.design.SobolDesign;
import badaboum.sweep.design.Steps;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Everything a sweep will run: the scenario's design expanded into points, and for every run id
 * (see {@link SweepLayout}) its point, arm, replicate and seed. The seed of a run is {@link
 * RunSpec#seed}(master seed, replicate): every arm and every point of a replicate share common
 * random numbers, and nothing depends on the thread that runs it.
 *
 * <p>Random, lhs and morris designs draw their points from a seed derived from the master seed (the
 * stream {@code sweep.design}), so the same scenario always gives the same points.
 *
 * <p>On another machine, {@link #fromEffectiveYaml} rebuilds the same plan from the text of {@link
 * #effectiveYaml()} (every default filled in, strategies resolved, data-file paths absolute): load
 * it as a scenario file, expand the same design, and each point's scenario is {@link
 * ScenarioLoader#point} of that scenario with the point's values.
 */
public final class SweepPlan {
  /** A grid larger than this is refused: vary fewer levels, or sample with random or lhs. */
  public static final int MAX_GRID_POINTS = 1_000_000;

  /** Point scenarios kept built; runs are dispatched in point order, so a few suffice. */
  private static final int SCENARIO_CACHE = 16;

  /** Points {@link #checked} binds as whole scenarios; beyond, an even sample of that many. */
  public static final int POINTS_CHECKED = 2_000;

  /** Failing points named one by one; the rest are counted. */
  private static final int POINTS_SHOWN = 5;

  /** Top-level keys a sweep cannot vary, and why. */
  private static final Map<String, String> FIXED =
      Map.of(
          "seed",
          "the master seed cannot be varied: every point shares the replicates' seeds (common"
              + " random numbers); run another sweep with --seed instead",
          "replications",
          "replications cannot be varied: every point has the same replicates; set replications"
              + " (or --replications) instead");

  private final Scenario base;
  private final String design;
  private final List<DesignPoint> points;
  private final SweepLayout layout;
  private final ScenarioLoader loader = new ScenarioLoader();
  private final Map<Integer, Scenario> scenarios =
      new LinkedHashMap<>(SCENARIO_CACHE * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Scenario> eldest) {
          return size() > SCENARIO_CACHE;
        }
      };

  private SweepPlan(Scenario base, String design, List<DesignPoint> points) {
    this.base = base;
    this.design = design;
    this.points = List.copyOf(points);
    this.layout =
        new SweepLayout(
            points.size(),
            base.arms(),
            base.replications(),
            base.sweep().factors().stream().map(SweepSpec.Factor::path).toList());
  }

  /**
   * The plan of a loaded scenario: one point without a sweep section, else the design's points.
   *
   * @throws ScenarioException when the design cannot be expanded (e.g. sobol over a list of
   *     levels), each problem at the varied parameter's position
   */
  public static SweepPlan of(Scenario scenario) {
    List<Problem> problems = problems(scenario);
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    SweepSpec sweep = scenario.sweep();
    if (sweep.isNone()) {
      return new SweepPlan(
          scenario, "none", List.of(new DesignPoint(0, Map.of(), PointTag.None.INSTANCE)));
    }
    List<DesignPoint> points = design(scenario).expand(factors(sweep));
    return new SweepPlan(scenario, sweep.design().label(), points);
  }

  /** Rebuilds a plan from the text of {@link #effectiveYaml()}, e.g. on a worker machine. */
  public static SweepPlan fromEffectiveYaml(String text) {
    return of(new ScenarioLoader().load(ScenarioSource.text("scenario.effective.yaml", text)));
  }

  /**
   * Everything wrong with a scenario's sweep that loading it could not see: what the design says of
   * its factors and settings, parameters that cannot vary, too many runs. Each problem is placed at
   * the varied parameter ({@code file:line:column: sweep.vary.PATH: message}) or at the sweep
   * section.
   */
  public static List<Problem> problems(Scenario scenario) {
    SweepSpec sweep = scenario.sweep();
    List<Problem> problems = new ArrayList<>();
    if (sweep.isNone()) {
      return problems;
    }
    for (SweepSpec.Factor factor : sweep.factors()) {
      String why = FIXED.get(factor.path());
      if (why != null) {
        problems.add(new Problem(factor.position(), "sweep.vary." + factor.path(), why));
      }
    }
    List<DesignProblem> found = design(scenario).problems(factors(sweep));
    for (DesignProblem problem : found) {
      problems.add(
          problem.path().isEmpty()
              ? new Problem(sweep.position(), "sweep", problem.message())
              : new Problem(
                  position(sweep, problem.path()),
                  "sweep.vary." + problem.path(),
                  problem.message()));
    }
    if (found.isEmpty()) {
      long points = design(scenario).pointCount(factors(sweep));
      long runs = points * scenario.arms().size() * scenario.replications();
      if (runs > SweepLayout.MAX_RUNS) {
        problems.add(
            new Problem(
                sweep.position(),
                "sweep",
                String.format(
                    Locale.ROOT,
                    "%,d points × %d arms × %d replications = %,d runs, more than %,d;"
                        + " use fewer points or replications",
                    points,
                    scenario.arms().size(),
                    scenario.replications(),
                    runs,
                    SweepLayout.MAX_RUNS)));
      }
    }
    return problems;
  }

  /**
   * How many points the scenario's sweep has (1 without one), without expanding it.
   *
   * @throws ScenarioException as {@link #of} would
   */
  public static int pointCount(Scenario scenario) {
    List<Problem> problems = problems(scenario);
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    SweepSpec sweep = scenario.sweep();
    return sweep.isNone() ? 1 : design(scenario).pointCount(factors(sweep));
  }

  /** The seed random, lhs and morris designs draw from: a named stream of the master seed. */
  public static long designSeed(long masterSeed) {
    return new RandomStreams(masterSeed).stream("sweep.design").nextLong();
  }

  private static Design design(Scenario scenario) {
    SweepSpec sweep = scenario.sweep();
    long seed = designSeed(scenario.seed());
    return switch (sweep.design()) {
      case GRID -> new GridDesign(MAX_GRID_POINTS);
      case RANDOM -> new RandomDesign(sweep.samples(), seed);
      case LHS -> new LhsDesign(sweep.samples(), seed);
      case SOBOL -> new SobolDesign(sweep.samples());
      case MORRIS -> new MorrisDesign(sweep.trajectories(), sweep.levels(), seed);
    };
  }

  private static List<Factor> factors(SweepSpec sweep) {
    List<Factor> factors = new ArrayList<>();
    for (SweepSpec.Factor f : sweep.factors()) {
      factors.add(
          switch (f.kind()) {
            case LEVELS -> new Levels(f.path(), f.levels());
            case STEPS -> new Steps(f.path(), f.from(), f.to(), f.step());
            case RANGE -> new Range(f.path(), f.min(), f.max(), f.integer());
          });
    }
    return factors;
  }

  private static Position position(SweepSpec sweep, String path) {
    return sweep.factors().stream()
        .filter(f -> f.path().equals(path))
        .map(SweepSpec.Factor::position)
        .findFirst()
        .orElse(sweep.position());
  }

  /**
   * The plan of a loaded scenario, each point of its design checked as a whole scenario: factors
   * that are valid alone may not be together ({@code days: 60} with a launch on day 100). Every
   * point is checked up to {@link #POINTS_CHECKED}, an even sample of that many beyond.
   *
   * @throws ScenarioException placed at the sweep section, naming the points and their values
   */
  public static SweepPlan checked(Scenario scenario) {
    SweepPlan plan = of(scenario);
    List<Problem> problems = plan.pointProblems();
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return plan;
  }

  /** Whether {@link #checked} looks at every point (false: an even sample of them). */
  public boolean checksEveryPoint() {
    return points.size() <= POINTS_CHECKED;
  }

  private List<Problem> pointProblems() {
    List<Problem> problems = new ArrayList<>();
    if (base.sweep().isNone()) {
      return problems;
    }
    int checked = Math.min(points.size(), POINTS_CHECKED);
    int failing = 0;
    for (int k = 0; k < checked; k++) {
      int index =
          checked == points.size() ? k : (int) ((long) k * (points.size() - 1) / (checked - 1));
      try {
        loader.point(base, points.get(index).values(), "sweep point " + index);
      } catch (ScenarioException e) {
        if (++failing <= POINTS_SHOWN) {
          for (Problem p : e.problems()) {
            problems.add(
                new Problem(
                    base.sweep().position(),
                    "sweep",
                    "point "
                        + index
                        + " ("
                        + describe(points.get(index))
                        + "): "
                        + p.path()
                        + ": "
                        + p.message()));
          }
        }
      }
    }
    if (failing > POINTS_SHOWN) {
      problems.add(
          new Problem(
              base.sweep().position(),
              "sweep",
              String.format(
                  Locale.ROOT,
                  "and %,d more of the %,d points %s fail; change the levels or ranges so that"
                      + " every combination is a valid scenario",
                  failing - POINTS_SHOWN,
                  points.size(),
                  checked == points.size() ? "" : "(an even sample of " + checked + " checked)")));
    }
    return problems;
  }

  private static String describe(DesignPoint point) {
    List<String> parts = new ArrayList<>();
    point.values().forEach((path, value) -> parts.add(path + " = " + value));
    return String.join(", ", parts);
  }

  /** The scenario as loaded: its sweep section, arms, replications and master seed. */
  public Scenario base() {
    return base;
  }

  /** grid, random, lhs, sobol, morris, or none. */
  public String design() {
    return design;
  }

  public SweepLayout layout() {
    return layout;
  }

  public long runCount() {
    return layout.runCount();
  }

  /** Point {@code index} with its values and what the sensitivity analysis needs to know of it. */
  public DesignPoint point(int index) {
    return points.get(index);
  }

  /** The scenario's effective YAML: with {@link #fromEffectiveYaml} it rebuilds this plan. */
  public String effectiveYaml() {
    return EffectiveYaml.write(base);
  }

  /** Run {@code runId}: its point, arm, replicate and seed. */
  public RunTask task(long runId, boolean recovery) {
    if (runId < 0 || runId >= layout.runCount()) {
      throw new IllegalArgumentException(
          "run id " + runId + " is outside 0 to " + (layout.runCount() - 1));
    }
    int replicate = layout.replicate(runId);
    return new RunTask(
        runId,
        layout.point(runId),
        layout.arm(runId),
        replicate,
        RunSpec.seed(base.seed(), replicate),
        recovery);
  }

  /** Every run, in id order. */
  public Iterator<RunTask> tasks() {
    BitSet all = new BitSet();
    all.set(0, (int) layout.runCount());
    return tasks(all, new BitSet());
  }

  /**
   * The runs whose ids are set in {@code run} (to record) or {@code recover} (already recorded, run
   * again for their traces), in id order.
   */
  public Iterator<RunTask> tasks(BitSet run, BitSet recover) {
    BitSet union = (BitSet) run.clone();
    union.or(recover);
    return new Iterator<>() {
      private int next = union.nextSetBit(0);

      @Override
      public boolean hasNext() {
        return next >= 0 && next < layout.runCount();
      }

      @Override
      public RunTask next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        RunTask task = task(next, !run.get(next));
        next = union.nextSetBit(next + 1);
        return task;
      }
    };
  }

  /**
   * The scenario of point {@code index}: the base itself without a sweep, else the effective
   * scenario with the point's values set. Recently built points are cached.
   *
   * @throws ScenarioException when the values do not make a valid scenario together (e.g. more
   *     friends than people), placed at "sweep point N"
   */
  public synchronized Scenario scenario(int index) {
    if (points.size() == 1 && base.sweep().isNone()) {
      return base;
    }
    Scenario scenario = scenarios.get(index);
    if (scenario == null) {
      scenario = loader.point(base, points.get(index).values(), "sweep point " + index);
      scenarios.put(index, scenario);
    }
    return scenario;
  }

  /** What the engine needs to run a task. */
  public RunSpec spec(RunTask task) {
    return new RunSpec(scenario(task.point()), task.arm(), task.replicate(), task.seed(), false);
  }
}
