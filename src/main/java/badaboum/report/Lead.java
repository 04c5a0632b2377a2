package badaboum.report;

import static badaboum.report.Numbers.asWritten;

import badaboum.analysis.KaplanMeier;
import badaboum.analysis.PairedComparison;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict's lead: the scenario's primary metric ({@link PrimaryMetric}) compared between each
 * arm and the baseline on common seeds, with the paired difference and its 95% CI from
 * comparison.csv, worded for what the metric is (a count, a level, a share, cancellations where
 * fewer is better) and for when it is taken. The better arm is named first. Active members on the
 * last day, the reports' headline before scenarios declared one, keep their ratio sentence.
 */
final class Lead {
  private final VerdictSources src;
  private final SweepResults r;
  private final PrimaryMetric metric;
  private final SweepLayout layout;

  Lead(VerdictSources sources, SweepResults results, PrimaryMetric metric) {
    this.src = sources;
    this.r = results;
    this.metric = metric;
    this.layout = results.layout();
  }

  /**
   * The lead sentences of one scope.
   *
   * @param labelled whether the sentence opens with the point's varied values (a verdict given
   *     point by point)
   * @param mechanism whether the last sentence names the scenario's mechanism
   */
  List<Sentence> of(Scope scope, boolean labelled, boolean mechanism) {
    List<Sentence> out = new ArrayList<>();
    if (metric.column() == SummaryMetric.CANCELLED) {
      Sentence s = cancelled(scope, labelled);
      if (s != null) {
        out.add(s);
      }
    } else {
      for (int arm = 1; arm < layout.arms().size(); arm++) {
        out.add(
            metric.column() == SummaryMetric.FINAL_ACTIVE
                ? activeRatio(scope, arm, labelled)
                : compared(scope, arm, labelled));
      }
    }
    if (out.isEmpty()) {
      return out;
    }
    for (int i = 0; i < out.size(); i++) {
      boolean last = i == out.size() - 1;
      if (last && mechanism && !metric.mechanism().isEmpty()) {
        out.get(i).text(" — the mechanism: ").quoted(withoutFullStop(metric.mechanism()));
      }
      out.get(i).text(".");
    }
    return out;
  }

  private static String withoutFullStop(String words) {
    return words.endsWith(".") ? words.substring(0, words.length() - 1) : words;
  }

  /** The point's values when labelled, then {@code words}, lower-cased after a label. */
  private Sentence opening(Scope scope, boolean labelled, String words) {
    Sentence s = new Sentence();
    if (labelled) {
      src.point(s, scope.point()).text(": ");
      return s.text(
          words.isEmpty() ? "" : Character.toLowerCase(words.charAt(0)) + words.substring(1));
    }
    return s.text(words);
  }

  /** "After 365 days, " or "Over the 60 to 120 days, ": when the metric is taken. */
  private Sentence when(Scope scope, boolean labelled) {
    return switch (metric.timing()) {
      case LAST_DAY -> src.days(opening(scope, labelled, "After "), scope).text(" days, ");
      case AVERAGE_DAY, WHOLE_RUN ->
          src.days(opening(scope, labelled, "Over the "), scope).text(" days, ");
      case AFTER_CANCELLATION -> opening(scope, labelled, "After the cancellation, ");
    };
  }

  /** Active members on the last day: a ratio with its bootstrap CI, as reports always said it. */
  Sentence activeRatio(Scope scope, int arm, boolean labelled) {
    SummaryMetric m = SummaryMetric.FINAL_ACTIVE;
    PairedComparison c = r.comparisons().get(scope, arm, m).comparison();
    Sentence s = src.days(opening(scope, labelled, "After "), scope).text(" days, ");
    if (c == null) {
      return s.text("no run of ")
          .arm(src.arm(arm), arm)
          .text(" and ")
          .arm(src.arm(0), 0)
          .text(" finished on the same seed: there is nothing to compare yet");
    }
    double base = asWritten(c.meanA());
    double other = asWritten(c.meanB());
    Figure baseMean =
        src.comparison(scope, arm, m, "baseline_mean", Numbers.count(base), Figure.NONE);
    Figure armMean = src.comparison(scope, arm, m, "arm_mean", Numbers.count(other), Figure.NONE);
    if (base == 0 && other == 0) {
      return s.text("neither ")
          .arm(src.arm(arm), arm)
          .text(" nor ")
          .arm(src.arm(0), 0)
          .text(" has any active member left, in any run");
    }
    if (other == 0 || base == 0) {
      int none = other == 0 ? arm : 0;
      int some = other == 0 ? 0 : arm;
      return s.arm(src.arm(none), none)
          .text(" ends with no active members; ")
          .arm(src.arm(some), some)
          .text(" with ")
          .figure(other == 0 ? baseMean : armMean)
          .text(" on average");
    }
    if (c.meanDifference() == 0 && c.sdDifference() == 0) {
      return s.arm(src.arm(arm), arm)
          .text(" and ")
          .arm(src.arm(0), 0)
          .text(" end with the same number of active members in every pair of runs: ")
          .figure(baseMean)
          .text(" on average");
    }
    if (!c.excludesZero()) {
      return noClearDifference(s, scope, arm, m, c, "active members", false, Numbers::count);
    }
    double ratio = asWritten(c.ratioOfMeans());
    double lo = asWritten(c.ratioCi95Low());
    double hi = asWritten(c.ratioCi95High());
    boolean up = ratio >= 1;
    int more = up ? arm : 0;
    int fewer = up ? 0 : arm;
    String transform = up ? Figure.NONE : Figure.INVERSE;
    double shown = up ? ratio : 1 / ratio;
    s.arm(src.arm(more), more)
        .text(" has ")
        .figure(src.comparison(scope, arm, m, "ratio", Numbers.ratio(shown), transform))
        .text("× as many active members as ")
        .arm(src.arm(fewer), fewer);
    if (Double.isFinite(lo) && Double.isFinite(hi) && lo > 0) {
      String first = up ? "ratio_ci95_low" : "ratio_ci95_high";
      String second = up ? "ratio_ci95_high" : "ratio_ci95_low";
      double a = up ? lo : 1 / hi;
      double b = up ? hi : 1 / lo;
      s.text(" (95% CI ")
          .figure(src.comparison(scope, arm, m, first, Numbers.ratio(a), transform))
          .text("–")
          .figure(src.comparison(scope, arm, m, second, Numbers.ratio(b), transform))
          .text(")");
    } else {
      s.text(" (its 95% CI is undefined: some resamples have no active member at all)");
    }
    return s.text(": ")
        .figure(up ? armMean : baseMean)
        .text(" against ")
        .figure(up ? baseMean : armMean)
        .text(" on average");
  }

  /** Any other metric: the better arm's value against the other's, and the paired difference. */
  private Sentence compared(Scope scope, int arm, boolean labelled) {
    SummaryMetric m = metric.column();
    ComparisonTable.Row row = r.comparisons().get(scope, arm, m);
    PairedComparison c = row.comparison();
    Sentence s = when(scope, labelled);
    String words = metric.words();
    if (c == null) {
      if (metric.timing() == PrimaryMetric.Timing.AFTER_CANCELLATION && row.undefinedPairs() > 0) {
        return s.text("no pair of runs on the same seed saw both ")
            .arm(src.arm(arm), arm)
            .text("'s and ")
            .arm(src.arm(0), 0)
            .text("'s programmes cancelled: there is nothing to compare");
      }
      return s.text("no run of ")
          .arm(src.arm(arm), arm)
          .text(" and ")
          .arm(src.arm(0), 0)
          .text(" finished on the same seed with " + words + " to compare");
    }
    Format value = metric.percent() ? Numbers::percent : Numbers::value;
    String unit = metric.percent() ? "%" : "";
    double base = asWritten(c.meanA());
    double other = asWritten(c.meanB());
    double d = asWritten(c.meanDifference());
    Figure baseMean = src.comparison(scope, arm, m, "baseline_mean", value.of(base), percent());
    Figure armMean = src.comparison(scope, arm, m, "arm_mean", value.of(other), percent());
    String average =
        metric.timing() == PrimaryMetric.Timing.AVERAGE_DAY ? metric.averageDay() : " on average";
    if (d == 0 && c.sdDifference() == 0) {
      return s.arm(src.arm(arm), arm)
          .text(" and ")
          .arm(src.arm(0), 0)
          .text(" have the same " + words + " in every pair of runs: ")
          .figure(baseMean)
          .text(unit + average);
    }
    if (!c.excludesZero()) {
      return noClearDifference(s, scope, arm, m, c, words, metric.percent(), value);
    }
    boolean armBetter = (d > 0) == metric.higherIsBetter();
    int better = armBetter ? arm : 0;
    int worse = armBetter ? 0 : arm;
    if (metric.level()) {
      s.arm(src.arm(better), better).text("'s " + words + " was ");
    } else {
      s.arm(src.arm(better), better).text(" had ");
    }
    s.figure(armBetter ? armMean : baseMean).text(unit);
    if (!metric.level()) {
      s.text(" " + words);
    }
    s.text(average + " against ")
        .figure(armBetter ? baseMean : armMean)
        .text(unit + " for ")
        .arm(src.arm(worse), worse)
        .text(": ");
    // shown as a positive gap, the better arm's way round
    boolean negated = d < 0;
    String transform = Figure.transform(metric.percent(), negated);
    double gap = negated ? -d : d;
    s.figure(src.comparison(scope, arm, m, "difference", value.of(gap), transform));
    boolean larger = (armBetter ? other : base) > (armBetter ? base : other);
    String points = metric.percent() ? " percentage points" : "";
    s.text(points + " " + comparative(larger));
    if (c.sdDifference() == 0) {
      return s.text(" in every pair of runs");
    }
    double lo = asWritten(negated ? -c.ci95High() : c.ci95Low());
    double hi = asWritten(negated ? -c.ci95Low() : c.ci95High());
    return s.text(" (95% CI ")
        .figure(
            src.comparison(
                scope,
                arm,
                m,
                negated ? "difference_ci95_high" : "difference_ci95_low",
                value.of(lo),
                transform))
        .text("–")
        .figure(
            src.comparison(
                scope,
                arm,
                m,
                negated ? "difference_ci95_low" : "difference_ci95_high",
                value.of(hi),
                transform))
        .text(")");
  }

  private String percent() {
    return metric.percent() ? Figure.PERCENT : Figure.NONE;
  }

  private String comparative(boolean larger) {
    if (metric.level()) {
      return larger ? "higher" : "lower";
    }
    return larger ? "more" : "fewer";
  }

  /** A number as the sentence shows it. */
  @FunctionalInterface
  private interface Format {
    String of(double value);
  }

  private Sentence noClearDifference(
      Sentence s,
      Scope scope,
      int arm,
      SummaryMetric m,
      PairedComparison c,
      String words,
      boolean percent,
      Format value) {
    String transform = percent ? Figure.PERCENT : Figure.NONE;
    String unit = percent ? "%" : "";
    String points = percent ? " percentage points" : "";
    double base = asWritten(c.meanA());
    double other = asWritten(c.meanB());
    return s.text("there is no clear difference in " + words + " between ")
        .arm(src.arm(arm), arm)
        .text(" (")
        .figure(src.comparison(scope, arm, m, "arm_mean", value.of(other), transform))
        .text(unit + ") and ")
        .arm(src.arm(0), 0)
        .text(" (")
        .figure(src.comparison(scope, arm, m, "baseline_mean", value.of(base), transform))
        .text(unit + "): the difference, ")
        .figure(
            src.comparison(
                scope, arm, m, "difference", value.of(asWritten(c.meanDifference())), transform))
        .text(points + ", has a 95% CI from ")
        .figure(
            src.comparison(
                scope, arm, m, "difference_ci95_low", value.of(asWritten(c.ci95Low())), transform))
        .text(" to ")
        .figure(
            src.comparison(
                scope,
                arm,
                m,
                "difference_ci95_high",
                value.of(asWritten(c.ci95High())),
                transform))
        .text(" that includes zero");
  }

  /**
   * Cancellations: each arm's share of runs cancelled with its Wilson interval and median survival
   * (survival.csv), then each arm against the baseline, paired by seed (comparison.csv). Fewer is
   * better, so a clear difference is told in favour of the arm cancelled less often.
   */
  private Sentence cancelled(Scope scope, boolean labelled) {
    Sentence s = labelled ? src.point(new Sentence(), scope.point()).text(": ") : new Sentence();
    int arms = layout.arms().size();
    int start = arms > 1 ? 1 : 0;
    boolean first = true;
    for (int i = start; i < arms + start; i++) {
      int a = i % arms;
      SurvivalTable.Row row = r.survival().get(scope, a);
      if (row.cancelled() == null) {
        continue;
      }
      s.text(first ? "" : ", ").arm(src.arm(a), a);
      s.text(first ? "'s programme was cancelled in " : "'s in ");
      s.figure(
              src.survival(
                  scope,
                  a,
                  "cancelled_share",
                  Numbers.percent(asWritten(row.cancelled().share())),
                  Figure.PERCENT))
          .text(first ? "% of runs (95% CI " : "% (95% CI ")
          .figure(
              src.survival(
                  scope,
                  a,
                  "cancelled_ci95_low",
                  Numbers.percent(asWritten(row.cancelled().ci95Low())),
                  Figure.PERCENT))
          .text("–")
          .figure(
              src.survival(
                  scope,
                  a,
                  "cancelled_ci95_high",
                  Numbers.percent(asWritten(row.cancelled().ci95High())),
                  Figure.PERCENT))
          .text("%");
      KaplanMeier km = row.curve();
      if (km.medianReached()) {
        s.text("; half by day ")
            .figure(
                src.survival(
                    scope, a, "median_days", Numbers.count(asWritten(km.median())), Figure.NONE));
      }
      s.text(")");
      first = false;
    }
    if (first) {
      return null;
    }
    for (int arm = 1; arm < arms; arm++) {
      PairedComparison c = r.comparisons().get(scope, arm, SummaryMetric.CANCELLED).comparison();
      if (c == null) {
        continue;
      }
      s.text(arms > 2 ? "; " : ": ");
      if (arms > 2) {
        s.arm(src.arm(arm), arm).text(" against ").arm(src.arm(0), 0).text(", ");
      }
      cancelledPair(s, scope, arm, c);
    }
    return s;
  }

  private void cancelledPair(Sentence s, Scope scope, int arm, PairedComparison c) {
    SummaryMetric m = SummaryMetric.CANCELLED;
    double d = asWritten(c.meanDifference());
    if (d == 0 && c.sdDifference() == 0) {
      double share = asWritten(c.meanA());
      s.text(
          share == 0
              ? "neither was cancelled in any run"
              : share == 1
                  ? "both were cancelled in every run"
                  : "the same in every pair of runs on the same seed");
      return;
    }
    int more = d > 0 ? arm : 0;
    int fewer = d > 0 ? 0 : arm;
    if (c.sdDifference() == 0) {
      s.text("in every pair of runs on the same seed, ")
          .arm(src.arm(more), more)
          .text(" was cancelled and ")
          .arm(src.arm(fewer), fewer)
          .text(" was not");
      return;
    }
    boolean negated = d < 0;
    String transform = Figure.transform(true, negated);
    double lo = asWritten(negated ? -c.ci95High() : c.ci95Low());
    double hi = asWritten(negated ? -c.ci95Low() : c.ci95High());
    Figure gap =
        src.comparison(scope, arm, m, "difference", Numbers.percent(negated ? -d : d), transform);
    Figure low =
        src.comparison(
            scope,
            arm,
            m,
            negated ? "difference_ci95_high" : "difference_ci95_low",
            Numbers.percent(lo),
            transform);
    Figure high =
        src.comparison(
            scope,
            arm,
            m,
            negated ? "difference_ci95_low" : "difference_ci95_high",
            Numbers.percent(hi),
            transform);
    if (c.excludesZero()) {
      s.text("a clear difference in favour of ")
          .arm(src.arm(fewer), fewer)
          .text(", cancelled in ")
          .figure(gap)
          .text(" percentage points fewer of the runs (paired 95% CI ")
          .figure(low)
          .text("–")
          .figure(high)
          .text(")");
    } else {
      s.text("the difference, ")
          .figure(gap)
          .text(" percentage points more for ")
          .arm(src.arm(more), more)
          .text(", could be chance (paired 95% CI from ")
          .figure(low)
          .text(" to ")
          .figure(high)
          .text(")");
    }
  }
}
