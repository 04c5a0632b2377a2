package badaboum.decide;

import badaboum.language.Messages;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Minimises a function of the unit cube [0, 1]^n with one of Commons Math's derivative-free
 * optimisers, within a number of evaluations, and keeps the best point it ever evaluated (the
 * optimisers report theirs only when they end on their own).
 *
 * <ul>
 *   <li>CMA-ES (Hansen and Ostermeier 2001), the default: robust to noise and to the plateaus that
 *       common random numbers leave in a simulation's response. When it stops before the budget is
 *       spent (it converged), it restarts from a random point with twice the population, as
 *       IPOP-CMA-ES does (Auger and Hansen 2005), until the budget is spent.
 *   <li>BOBYQA (Powell 2009): a trust region over quadratic models, for smooth responses with two
 *       knobs or more.
 * </ul>
 *
 * The same function, start, settings and seed give the same sequence of evaluated points.
 */
public final class Search {
  /** The optimiser. */
  public enum Method {
    CMAES("cmaes"),
    BOBYQA("bobyqa");

    private final String label;

    Method(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * How a search runs.
   *
   * @param method the optimiser
   * @param evaluations the most function evaluations
   * @param sigma CMA-ES's initial step, in unit coordinates (a third of the range explores it all);
   *     BOBYQA's initial trust region radius
   * @param seed the seed of CMA-ES's sampling and restarts
   */
  public record Settings(Method method, int evaluations, double sigma, long seed) {
    public Settings {
      if (evaluations < 1) {
        throw new IllegalArgumentException("at least one evaluation, got " + evaluations);
      }
      if (!(sigma > 0 && sigma <= 1)) {
        throw new IllegalArgumentException("sigma in (0, 1], got " + sigma);
      }
    }

    /** What was run, for a report's method section, in the language of {@code m}. */
    public String describe(int dimensions, Messages m) {
      return switch (method) {
        case CMAES ->
            m.format(
                "decide.cmaes",
                m.decimal(new java.math.BigDecimal(RoundTrip.plain(sigma))),
                m.count(population(dimensions)),
                m.count(evaluations),
                Long.toString(seed));
        case BOBYQA ->
            m.format(
                "decide.bobyqa",
                m.count(2L * dimensions + 1),
                m.decimal(new java.math.BigDecimal(RoundTrip.plain(sigma))),
                m.count(evaluations));
      };
    }
  }

  /**
   * The best point found.
   *
   * @param point in unit coordinates
   * @param value the function there
   * @param evaluations how many were made
   */
  public record Best(double[] point, double value, int evaluations) {}

  private Search() {}

  /** CMA-ES's default population, 4 + ⌊3 ln n⌋ (Hansen 2016). */
  static int population(int dimensions) {
    return 4 + (int) Math.floor(3 * Math.log(dimensions));
  }

  /**
   * Minimises {@code f} from {@code start}.
   *
   * @throws IllegalArgumentException for BOBYQA with fewer than two dimensions
   */
  public static Best minimise(ToDoubleFunction<double[]> f, double[] start, Settings settings) {
    int n = start.length;
    if (settings.method() == Method.BOBYQA && n < 2) {
      throw new IllegalArgumentException(
          "BOBYQA needs two knobs or more; with one, use CMA-ES (--method cmaes)");
    }
    Tracker tracker = new Tracker(f, settings.evaluations());
    double[] lower = new double[n];
    double[] upper = new double[n];
    Arrays.fill(upper, 1);
    SimpleBounds bounds = new SimpleBounds(lower, upper);
    double[] from = clamp(start);
    try {
      if (settings.method() == Method.BOBYQA) {
        new BOBYQAOptimizer(2 * n + 1, settings.sigma(), 1e-6)
            .optimize(
                new MaxEval(Integer.MAX_VALUE),
                new ObjectiveFunction(tracker::value),
                GoalType.MINIMIZE,
                new InitialGuess(from),
                bounds);
      } else {
        RandomGenerator random = new MersenneTwister(settings.seed());
        int population = population(n);
        while (tracker.left() > 0) {
          double[] sigma = new double[n];
          Arrays.fill(sigma, settings.sigma());
          new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, random, false, null)
              .optimize(
                  new MaxEval(Integer.MAX_VALUE),
                  new MaxIter(Integer.MAX_VALUE),
                  new ObjectiveFunction(tracker::value),
                  GoalType.MINIMIZE,
                  new InitialGuess(from),
                  bounds,
                  new CMAESOptimizer.Sigma(sigma),
                  new CMAESOptimizer.PopulationSize(population));
          population *= 2;
          from = new double[n];
          for (int i = 0; i < n; i++) {
            from[i] = random.nextDouble();
          }
        }
      }
    } catch (Spent | TooManyEvaluationsException e) {
      // the budget is spent: the best point seen is the answer
    }
    return tracker.best();
  }

  private static double[] clamp(double[] point) {
    double[] clamped = new double[point.length];
    for (int i = 0; i < point.length; i++) {
      clamped[i] = Math.min(1, Math.max(0, point[i]));
    }
    return clamped;
  }

  /** Counts evaluations, keeps the best, and ends the search when the budget is spent. */
  private static final class Tracker {
    private final ToDoubleFunction<double[]> f;
    private final int budget;
    private int used;
    private double[] bestPoint;
    private double bestValue = Double.POSITIVE_INFINITY;

    Tracker(ToDoubleFunction<double[]> f, int budget) {
      this.f = f;
      this.budget = budget;
    }

    int left() {
      return budget - used;
    }

    double value(double[] point) {
      if (used >= budget) {
        throw new Spent();
      }
      double[] x = clamp(point);
      used++;
      double value = f.applyAsDouble(x);
      if (bestPoint == null || value < bestValue) {
        bestValue = value;
        bestPoint = x.clone();
      }
      return value;
    }

    Best best() {
      return new Best(bestPoint, bestValue, used);
    }
  }

  /** Thrown through the optimiser when the evaluations are spent. */
  private static final class Spent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Spent() {
      super(null, null, false, false);
    }
  }
}
