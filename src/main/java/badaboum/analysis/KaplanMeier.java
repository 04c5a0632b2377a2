package badaboum.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kaplan–Meier estimate of the survival function S(t) = P(T &gt; t), e.g. of a programme until its
 * cancellation, with runs that were never cancelled censored at the horizon.
 *
 * <p>A subject censored at time t is counted at risk at t (censoring is taken to happen just after
 * the events of that instant), the usual convention.
 *
 * @param subjects number of subjects (runs)
 * @param events number of observed events (cancellations)
 * @param steps the step curve, one step per distinct event time in increasing order; S(t) is 1
 *     before the first step and equals a step's survival from its time until the next step's time
 * @param median median survival: the smallest event time with S(t) ≤ 0.5; NaN when the curve never
 *     falls to 0.5 ("not reached", see {@link #medianReached()})
 */
public record KaplanMeier(int subjects, int events, List<Step> steps, double median) {

  /** z(0.975), the two-sided 95% normal critical value. */
  private static final double Z975 = 1.959963984540054;

  public KaplanMeier {
    steps = List.copyOf(steps);
  }

  /**
   * One step of the curve, at a time when at least one event happened.
   *
   * @param time event time
   * @param atRisk subjects whose time is ≥ {@code time}
   * @param events events at {@code time}
   * @param survival S(time), the product of (1 − events/atRisk) up to and including this time
   * @param standardError Greenwood standard error of S: S·√Σ d/(n(n − d)); 0 once S = 0
   * @param ci95Low lower bound of the 95% CI with the log-log transform (Kalbfleisch–Prentice, R's
   *     {@code conf.type = "log-log"}): S^exp(z·σ) with σ = √Σ d/(n(n − d)) / |ln S|; it stays
   *     within [0, 1]. Both bounds are 0 once S = 0
   * @param ci95High upper bound, S^exp(−z·σ)
   */
  public record Step(
      double time,
      int atRisk,
      int events,
      double survival,
      double standardError,
      double ci95Low,
      double ci95High) {}

  /**
   * Estimates the curve.
   *
   * @param times time of event or censoring of each subject, finite and ≥ 0
   * @param events true when subject i had the event at times[i], false when censored then
   */
  public static KaplanMeier of(double[] times, boolean[] events) {
    Checks.finiteValues("times", times);
    if (events == null || events.length != times.length) {
      throw new IllegalArgumentException(
          "events must have one flag per time: "
              + times.length
              + " times but "
              + (events == null ? "null" : events.length + " flags"));
    }
    Checks.atLeast("times", times, 1);
    int n = times.length;
    for (int i = 0; i < n; i++) {
      if (times[i] < 0.0) {
        throw new IllegalArgumentException("times[" + i + "] is " + times[i] + "; must be ≥ 0");
      }
    }
    // Order subjects by time; counts at each time do not depend on the order among equal times.
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (i, j) -> Double.compare(times[i], times[j]));

    List<Step> steps = new ArrayList<>();
    double survival = 1.0;
    double greenwoodSum = 0.0;
    double median = Double.NaN;
    int totalEvents = 0;
    int next = 0;
    while (next < n) {
      double time = times[order[next]];
      int atRisk = n - next;
      int eventsNow = 0;
      while (next < n && times[order[next]] == time) {
        if (events[order[next]]) {
          eventsNow++;
        }
        next++;
      }
      if (eventsNow == 0) {
        continue;
      }
      totalEvents += eventsNow;
      survival *= 1.0 - (double) eventsNow / atRisk;
      greenwoodSum += greenwood(eventsNow, atRisk);
      steps.add(step(time, atRisk, eventsNow, survival, greenwoodSum));
      if (Double.isNaN(median) && survival <= 0.5) {
        median = time;
      }
    }
    return new KaplanMeier(n, totalEvents, steps, median);
  }

  /** Greenwood's term d/(n(n − d)); infinite when everyone at risk has the event. */
  private static double greenwood(int events, int atRisk) {
    return events == atRisk
        ? Double.POSITIVE_INFINITY
        : (double) events / ((double) atRisk * (atRisk - events));
  }

  private static Step step(double time, int atRisk, int events, double survival, double sum) {
    if (survival == 0.0) {
      return new Step(time, atRisk, events, 0.0, 0.0, 0.0, 0.0);
    }
    double root = Math.sqrt(sum);
    double sigma = root / Math.abs(Math.log(survival));
    return new Step(
        time,
        atRisk,
        events,
        survival,
        survival * root,
        Math.pow(survival, Math.exp(Z975 * sigma)),
        Math.pow(survival, Math.exp(-Z975 * sigma)));
  }

  /** Whether the curve fell to 0.5 or below, so that {@link #median()} is a number. */
  public boolean medianReached() {
    return !Double.isNaN(median);
  }

  /** S(t): 1 before the first event time, then the survival of the last step at or before t. */
  public double survivalAt(double time) {
    double survival = 1.0;
    for (Step step : steps) {
      if (step.time() > time) {
        break;
      }
      survival = step.survival();
    }
    return survival;
  }
}
