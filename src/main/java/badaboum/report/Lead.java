package badaboum.report;

import static badaboum.report.Numbers.asWritten;

import badaboum.analysis.KaplanMeier;
import badaboum.analysis.PairedComparison;
import badaboum.language.Messages;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.scenario.VerdictMetric;
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
  private final Messages m;
  private final Numbers n;

  Lead(VerdictSources sources, SweepResults results, PrimaryMetric metric, Messages messages) {
    this.src = sources;
    this.r = results;
    this.metric = metric;
    this.layout = results.layout();
    this.m = messages;
    this.n = new Numbers(messages);
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
        out.get(i)
            .say(m, "lead.mechanism", new Sentence().quoted(withoutFullStop(metric.mechanism())));
      }
      out.get(i).text(".");
    }
    return out;
  }

  private static String withoutFullStop(String words) {
    return words.endsWith(".") ? words.substring(0, words.length() - 1) : words;
  }

  private Sentence arm(int index) {
    return Sentence.armNamed(src.arm(index), index);
  }

  /** The point's values when labelled, then the message {@code key}, lower-cased after a label. */
  private Sentence opening(Scope scope, boolean labelled, String key, Object... parts) {
    Sentence words = new Sentence().say(m, key, parts);
    if (!labelled) {
      return words;
    }
    return src.point(new Sentence(), scope.point())
        .say(m, "separator.colon")
        .append(words.decapitalized());
  }

  /** The scope's horizon: "365", or "60 to 120" when its points differ. */
  private Sentence days(Scope scope) {
    return src.days(new Sentence(), scope);
  }

  /** "After 365 days, " or "Over the 60 to 120 days, ": when the metric is taken. */
  private Sentence when(Scope scope, boolean labelled) {
    return switch (metric.timing()) {
      case LAST_DAY -> opening(scope, labelled, "lead.when.last", days(scope));
      case AVERAGE_DAY, WHOLE_RUN -> opening(scope, labelled, "lead.when.over", days(scope));
      case AFTER_CANCELLATION -> opening(scope, labelled, "lead.when.afterCancellation");
    };
  }

  /** Active members on the last day: a ratio with its bootstrap CI, as reports always said it. */
  Sentence activeRatio(Scope scope, int arm, boolean labelled) {
    SummaryMetric metric = SummaryMetric.FINAL_ACTIVE;
    PairedComparison c = r.comparisons().get(scope, arm, metric).comparison();
    Sentence s = opening(scope, labelled, "lead.when.last", days(scope));
    if (c == null) {
      return s.say(m, "lead.active.noPair", arm(arm), arm(0));
    }
    double base = asWritten(c.meanA());
    double other = asWritten(c.meanB());
    Figure baseMean =
        src.comparison(scope, arm, metric, "baseline_mean", n.count(base), Figure.NONE);
    Figure armMean = src.comparison(scope, arm, metric, "arm_mean", n.count(other), Figure.NONE);
    if (base == 0 && other == 0) {
      return s.say(m, "lead.active.neither", arm(arm), arm(0));
    }
    if (other == 0 || base == 0) {
      int none = other == 0 ? arm : 0;
      int some = other == 0 ? 0 : arm;
      return s.say(m, "lead.active.oneNone", arm(none), arm(some), other == 0 ? baseMean : armMean);
    }
    if (c.meanDifference() == 0 && c.sdDifference() == 0) {
      return s.say(m, "lead.active.same", arm(arm), arm(0), baseMean);
    }
    if (!c.excludesZero()) {
      return noClearDifference(
          s,
          scope,
          arm,
          metric,
          c,
          PrimaryMetric.said(VerdictMetric.ACTIVE_MEMBERS, m),
          false,
          n::count);
    }
    double ratio = asWritten(c.ratioOfMeans());
    double lo = asWritten(c.ratioCi95Low());
    double hi = asWritten(c.ratioCi95High());
    boolean up = ratio >= 1;
    int more = up ? arm : 0;
    int fewer = up ? 0 : arm;
    String transform = up ? Figure.NONE : Figure.INVERSE;
    double shown = up ? ratio : 1 / ratio;
    s.say(
        m,
        "lead.active.ratio",
        arm(more),
        src.comparison(scope, arm, metric, "ratio", n.ratio(shown), transform),
        arm(fewer));
    if (Double.isFinite(lo) && Double.isFinite(hi) && lo > 0) {
      String first = up ? "ratio_ci95_low" : "ratio_ci95_high";
      String second = up ? "ratio_ci95_high" : "ratio_ci95_low";
      double a = up ? lo : 1 / hi;
      double b = up ? hi : 1 / lo;
      s.say(
          m,
          "lead.ci",
          src.comparison(scope, arm, metric, first, n.ratio(a), transform),
          src.comparison(scope, arm, metric, second, n.ratio(b), transform));
    } else {
      s.say(m, "lead.active.ciUndefined");
    }
    return s.say(m, "lead.active.against", up ? armMean : baseMean, up ? baseMean : armMean);
  }

  /** Any other metric: the better arm's value against the other's, and the paired difference. */
  private Sentence compared(Scope scope, int arm, boolean labelled) {
    SummaryMetric column = metric.column();
    ComparisonTable.Row row = r.comparisons().get(scope, arm, column);
    PairedComparison c = row.comparison();
    Sentence s = when(scope, labelled);
    PrimaryMetric.Said words = metric.words(m);
    if (c == null) {
      if (metric.timing() == PrimaryMetric.Timing.AFTER_CANCELLATION && row.undefinedPairs() > 0) {
        return s.say(m, "lead.compared.noCancelledPair", arm(arm), arm(0));
      }
      return s.say(m, "lead.compared.noPair", arm(arm), arm(0), words.plain(), words.withArticle());
    }
    Format value = metric.percent() ? n::percent : n::value;
    String unit = metric.percent() ? m.text("unit.percent") : "";
    double base = asWritten(c.meanA());
    double other = asWritten(c.meanB());
    double d = asWritten(c.meanDifference());
    Figure baseMean =
        src.comparison(scope, arm, column, "baseline_mean", value.of(base), percent());
    Figure armMean = src.comparison(scope, arm, column, "arm_mean", value.of(other), percent());
    String average = m.text(metric.averageKey());
    if (d == 0 && c.sdDifference() == 0) {
      return s.say(
          m,
          "lead.compared.same",
          arm(arm),
          arm(0),
          words.plain(),
          words.withArticle(),
          baseMean,
          unit,
          average);
    }
    if (!c.excludesZero()) {
      return noClearDifference(s, scope, arm, column, c, words, metric.percent(), value);
    }
    boolean armBetter = (d > 0) == metric.higherIsBetter();
    int better = armBetter ? arm : 0;
    int worse = armBetter ? 0 : arm;
    // shown as a positive gap, the better arm's way round
    boolean negated = d < 0;
    String transform = Figure.transform(metric.percent(), negated);
    double gap = negated ? -d : d;
    boolean larger = (armBetter ? other : base) > (armBetter ? base : other);
    Sentence difference =
        new Sentence()
            .say(
                m,
                metric.level()
                    ? (larger ? "lead.compared.higher" : "lead.compared.lower")
                    : (larger ? "lead.compared.more" : "lead.compared.fewer"),
                src.comparison(scope, arm, column, "difference", value.of(gap), transform),
                metric.percent() ? m.text("unit.points") : "");
    s.say(
        m,
        metric.level() ? "lead.compared.level" : "lead.compared.count",
        arm(better),
        words.plain(),
        words.withArticle(),
        armBetter ? armMean : baseMean,
        unit,
        average,
        armBetter ? baseMean : armMean,
        arm(worse),
        difference);
    if (c.sdDifference() == 0) {
      return s.say(m, "lead.compared.everyPair");
    }
    double lo = asWritten(negated ? -c.ci95High() : c.ci95Low());
    double hi = asWritten(negated ? -c.ci95Low() : c.ci95High());
    return s.say(
        m,
        "lead.ci",
        src.comparison(
            scope,
            arm,
            column,
            negated ? "difference_ci95_high" : "difference_ci95_low",
            value.of(lo),
            transform),
        src.comparison(
            scope,
            arm,
            column,
            negated ? "difference_ci95_low" : "difference_ci95_high",
            value.of(hi),
            transform));
  }

  private String percent() {
    return metric.percent() ? Figure.PERCENT : Figure.NONE;
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
      SummaryMetric column,
      PairedComparison c,
      PrimaryMetric.Said words,
      boolean percent,
      Format value) {
    String transform = percent ? Figure.PERCENT : Figure.NONE;
    String unit = percent ? m.text("unit.percent") : "";
    String points = percent ? m.text("unit.points") : "";
    double base = asWritten(c.meanA());
    double other = asWritten(c.meanB());
    return s.say(
        m,
        "lead.unclear",
        words.plain(),
        words.withArticle(),
        arm(arm),
        src.comparison(scope, arm, column, "arm_mean", value.of(other), transform),
        unit,
        arm(0),
        src.comparison(scope, arm, column, "baseline_mean", value.of(base), transform),
        src.comparison(
            scope, arm, column, "difference", value.of(asWritten(c.meanDifference())), transform),
        points,
        src.comparison(
            scope, arm, column, "difference_ci95_low", value.of(asWritten(c.ci95Low())), transform),
        src.comparison(
            scope,
            arm,
            column,
            "difference_ci95_high",
            value.of(asWritten(c.ci95High())),
            transform));
  }

  /**
   * Cancellations: each arm's share of runs cancelled with its Wilson interval and median survival
   * (survival.csv), then each arm against the baseline, paired by seed (comparison.csv). Fewer is
   * better, so a clear difference is told in favour of the arm cancelled less often.
   */
  private Sentence cancelled(Scope scope, boolean labelled) {
    Sentence shares = new Sentence();
    int arms = layout.arms().size();
    int start = arms > 1 ? 1 : 0;
    boolean first = true;
    for (int i = start; i < arms + start; i++) {
      int a = i % arms;
      SurvivalTable.Row row = r.survival().get(scope, a);
      if (row.cancelled() == null) {
        continue;
      }
      shares.say(
          m,
          first ? "lead.cancelled.first" : "lead.cancelled.next",
          arm(a),
          src.survival(
              scope,
              a,
              "cancelled_share",
              n.percent(asWritten(row.cancelled().share())),
              Figure.PERCENT),
          src.survival(
              scope,
              a,
              "cancelled_ci95_low",
              n.percent(asWritten(row.cancelled().ci95Low())),
              Figure.PERCENT),
          src.survival(
              scope,
              a,
              "cancelled_ci95_high",
              n.percent(asWritten(row.cancelled().ci95High())),
              Figure.PERCENT));
      KaplanMeier km = row.curve();
      if (km.medianReached()) {
        shares.say(
            m,
            "lead.cancelled.median",
            src.survival(scope, a, "median_days", n.count(asWritten(km.median())), Figure.NONE));
      }
      shares.text(")");
      first = false;
    }
    if (first) {
      return null;
    }
    Sentence s =
        labelled
            ? src.point(new Sentence(), scope.point())
                .say(m, "separator.colon")
                .append(shares.decapitalized())
            : shares;
    for (int arm = 1; arm < arms; arm++) {
      PairedComparison c = r.comparisons().get(scope, arm, SummaryMetric.CANCELLED).comparison();
      if (c == null) {
        continue;
      }
      s.say(m, arms > 2 ? "separator.semicolon" : "separator.colon");
      if (arms > 2) {
        s.say(m, "lead.cancelled.against", arm(arm), arm(0));
      }
      cancelledPair(s, scope, arm, c);
    }
    return s;
  }

  private void cancelledPair(Sentence s, Scope scope, int arm, PairedComparison c) {
    SummaryMetric metric = SummaryMetric.CANCELLED;
    double d = asWritten(c.meanDifference());
    if (d == 0 && c.sdDifference() == 0) {
      double share = asWritten(c.meanA());
      s.say(m, share == 0 ? "lead.pair.neither" : share == 1 ? "lead.pair.both" : "lead.pair.same");
      return;
    }
    int more = d > 0 ? arm : 0;
    int fewer = d > 0 ? 0 : arm;
    if (c.sdDifference() == 0) {
      s.say(m, "lead.pair.always", arm(more), arm(fewer));
      return;
    }
    boolean negated = d < 0;
    String transform = Figure.transform(true, negated);
    double lo = asWritten(negated ? -c.ci95High() : c.ci95Low());
    double hi = asWritten(negated ? -c.ci95Low() : c.ci95High());
    Figure gap =
        src.comparison(scope, arm, metric, "difference", n.percent(negated ? -d : d), transform);
    Figure low =
        src.comparison(
            scope,
            arm,
            metric,
            negated ? "difference_ci95_high" : "difference_ci95_low",
            n.percent(lo),
            transform);
    Figure high =
        src.comparison(
            scope,
            arm,
            metric,
            negated ? "difference_ci95_low" : "difference_ci95_high",
            n.percent(hi),
            transform);
    if (c.excludesZero()) {
      s.say(m, "lead.pair.clear", arm(fewer), gap, low, high);
    } else {
      s.say(m, "lead.pair.chance", gap, arm(more), low, high);
    }
  }
}
