package badaboum.report;

import static badaboum.report.Numbers.asWritten;

import badaboum.analysis.KaplanMeier;
import badaboum.analysis.PairedComparison;
import badaboum.analysis.Summary;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.ResultsFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's plain-language verdict, generated from the tables, every number with its uncertainty
 * and its source (a {@link Figure}): active members at the end (ratio with CI, or no clear
 * difference, or who has none), cancellations (share with CI and median survival), fans (peak
 * against final, bought share), spend and cost per active member.
 *
 * <p>Numbers are taken as the CSV files write them ({@link Numbers#asWritten}), so the text and the
 * files agree to the last shown digit. Each arm is compared with the baseline (the first arm).
 */
final class Verdict {
  private final SweepLayout layout;
  private final Scope scope;
  private final StatisticsTable statistics;
  private final ComparisonTable comparisons;
  private final SurvivalTable survival;
  private final int days;
  private final List<Sentence> sentences = new ArrayList<>();

  private Verdict(
      SweepLayout layout,
      Scope scope,
      StatisticsTable statistics,
      ComparisonTable comparisons,
      SurvivalTable survival,
      int days) {
    this.layout = layout;
    this.scope = scope;
    this.statistics = statistics;
    this.comparisons = comparisons;
    this.survival = survival;
    this.days = days;
  }

  static List<Sentence> of(
      SweepLayout layout,
      String design,
      StatisticsTable statistics,
      ComparisonTable comparisons,
      SurvivalTable survival,
      int days) {
    Verdict v =
        new Verdict(layout, Scope.headline(layout), statistics, comparisons, survival, days);
    if (v.scope.all()) {
      v.sentences.add(
          new Sentence()
              .text("Pooled over the ")
              .figure(
                  new Figure(
                      Integer.toString(layout.points()),
                      ResultsFile.MANIFEST.fileName(),
                      "",
                      "/design/points",
                      Figure.NONE))
              .text(
                  " points of the "
                      + design
                      + " design, each arm's runs paired by point and"
                      + " replicate:"));
    }
    for (int arm = 1; arm < layout.arms().size(); arm++) {
      v.active(arm);
    }
    v.cancellations();
    v.fans();
    v.spend();
    return v.sentences;
  }

  private String arm(int index) {
    return layout.arms().get(index);
  }

  private String key(int arm, SummaryMetric metric) {
    return "point=" + scope.label() + ";arm=" + arm(arm) + ";metric=" + metric.column();
  }

  private Figure comparison(
      int arm, SummaryMetric metric, String column, String text, String transform) {
    return new Figure(text, ComparisonTable.FILE, key(arm, metric), column, transform);
  }

  private Figure statistic(int arm, SummaryMetric metric, String column, String text) {
    return new Figure(text, StatisticsTable.FILE, key(arm, metric), column, Figure.NONE);
  }

  private Figure survivalFigure(int arm, String column, String text, String transform) {
    return new Figure(
        text, SurvivalTable.FILE, "point=" + scope.label() + ";arm=" + arm(arm), column, transform);
  }

  private Figure horizon() {
    return new Figure(
        Integer.toString(days), ResultsFile.MANIFEST.fileName(), "", "/days", Figure.NONE);
  }

  private void active(int arm) {
    ComparisonTable.Row row = comparisons.get(scope, arm, SummaryMetric.FINAL_ACTIVE);
    PairedComparison c = row.comparison();
    Sentence s = new Sentence().text("After ").figure(horizon()).text(" days, ");
    if (c == null) {
      sentences.add(
          s.text("no run of ")
              .arm(arm(arm), arm)
              .text(" and ")
              .arm(arm(0), 0)
              .text(" finished on the same seed: there is nothing to compare yet."));
      return;
    }
    SummaryMetric m = SummaryMetric.FINAL_ACTIVE;
    double base = asWritten(c.meanA());
    double other = asWritten(c.meanB());
    Figure baseMean = comparison(arm, m, "baseline_mean", Numbers.count(base), Figure.NONE);
    Figure armMean = comparison(arm, m, "arm_mean", Numbers.count(other), Figure.NONE);
    if (base == 0 && other == 0) {
      s.text("neither ").arm(arm(arm), arm).text(" nor ").arm(arm(0), 0);
      sentences.add(s.text(" has any active member left, in any run."));
    } else if (other == 0 || base == 0) {
      int none = other == 0 ? arm : 0;
      int some = other == 0 ? 0 : arm;
      s.arm(arm(none), none).text(" ends with no active members; ").arm(arm(some), some);
      sentences.add(s.text(" with ").figure(other == 0 ? baseMean : armMean).text(" on average."));
    } else if (c.meanDifference() == 0 && c.sdDifference() == 0) {
      s.arm(arm(arm), arm)
          .text(" and ")
          .arm(arm(0), 0)
          .text(" end with the same number of active members in every pair of runs: ")
          .figure(baseMean);
      sentences.add(s.text(" on average."));
    } else if (!c.excludesZero()) {
      double d = asWritten(c.meanDifference());
      double lo = asWritten(c.ci95Low());
      double hi = asWritten(c.ci95High());
      s.text("there is no clear difference in active members between ")
          .arm(arm(arm), arm)
          .text(" (")
          .figure(armMean)
          .text(") and ")
          .arm(arm(0), 0)
          .text(" (")
          .figure(baseMean)
          .text("): the difference, ")
          .figure(comparison(arm, m, "difference", Numbers.count(d), Figure.NONE))
          .text(", has a 95% CI from ")
          .figure(comparison(arm, m, "difference_ci95_low", Numbers.count(lo), Figure.NONE))
          .text(" to ")
          .figure(comparison(arm, m, "difference_ci95_high", Numbers.count(hi), Figure.NONE));
      sentences.add(s.text(" that includes zero."));
    } else {
      double ratio = asWritten(c.ratioOfMeans());
      double lo = asWritten(c.ratioCi95Low());
      double hi = asWritten(c.ratioCi95High());
      boolean up = ratio >= 1;
      int more = up ? arm : 0;
      int fewer = up ? 0 : arm;
      String transform = up ? Figure.NONE : Figure.INVERSE;
      double shown = up ? ratio : 1 / ratio;
      s.arm(arm(more), more)
          .text(" has ")
          .figure(comparison(arm, m, "ratio", Numbers.ratio(shown), transform))
          .text("× as many active members as ")
          .arm(arm(fewer), fewer);
      if (Double.isFinite(lo) && Double.isFinite(hi) && lo > 0) {
        String first = up ? "ratio_ci95_low" : "ratio_ci95_high";
        String second = up ? "ratio_ci95_high" : "ratio_ci95_low";
        double a = up ? lo : 1 / hi;
        double b = up ? hi : 1 / lo;
        s.text(" (95% CI ")
            .figure(comparison(arm, m, first, Numbers.ratio(a), transform))
            .text("–")
            .figure(comparison(arm, m, second, Numbers.ratio(b), transform))
            .text(")");
      } else {
        s.text(" (its 95% CI is undefined: some resamples have no active member at all)");
      }
      s.text(": ")
          .figure(up ? armMean : baseMean)
          .text(" against ")
          .figure(up ? baseMean : armMean)
          .text(" on average.");
      sentences.add(s);
    }
  }

  private void cancellations() {
    Sentence s = new Sentence().text("Management cancelled ");
    boolean first = true;
    for (int arm = armOrderStart(); arm < layout.arms().size() + armOrderStart(); arm++) {
      int a = arm % layout.arms().size();
      SurvivalTable.Row row = survival.get(scope, a);
      if (row.cancelled() == null) {
        continue;
      }
      if (!first) {
        s.text("; ");
      }
      double share = asWritten(row.cancelled().share());
      double lo = asWritten(row.cancelled().ci95Low());
      double hi = asWritten(row.cancelled().ci95High());
      s.arm(arm(a), a)
          .text(first ? "'s programme in " : " in ")
          .figure(survivalFigure(a, "cancelled_share", Numbers.percent(share), Figure.PERCENT))
          .text(first ? "% of runs (95% CI " : "% (95% CI ")
          .figure(survivalFigure(a, "cancelled_ci95_low", Numbers.percent(lo), Figure.PERCENT))
          .text("–")
          .figure(survivalFigure(a, "cancelled_ci95_high", Numbers.percent(hi), Figure.PERCENT))
          .text("%");
      KaplanMeier km = row.curve();
      if (km.medianReached()) {
        double median = asWritten(km.median());
        s.text("; half were cancelled by day ")
            .figure(survivalFigure(a, "median_days", Numbers.count(median), Figure.NONE));
      }
      s.text(")");
      first = false;
    }
    if (first) {
      return;
    }
    s.text(".");
    if (layout.arms().size() == 2) {
      ComparisonTable.Row c = comparisons.get(scope, 1, SummaryMetric.CANCELLED);
      if (c.comparison() != null
          && c.comparison().meanDifference() != 0
          && !c.comparison().excludesZero()) {
        s.text(" The difference is not clear: it could be chance.");
      }
    }
    sentences.add(s);
  }

  /** Cancellations and the rest start with the challenger (arm 1) when there is one. */
  private int armOrderStart() {
    return layout.arms().size() > 1 ? 1 : 0;
  }

  private void fans() {
    Sentence s = new Sentence();
    boolean first = true;
    List<Integer> bought = new ArrayList<>();
    for (int arm = armOrderStart(); arm < layout.arms().size() + armOrderStart(); arm++) {
      int a = arm % layout.arms().size();
      Summary peak = summary(a, SummaryMetric.PEAK_FANS);
      Summary last = summary(a, SummaryMetric.FINAL_FANS);
      Summary day = summary(a, SummaryMetric.PEAK_DAY);
      if (peak == null || last == null || day == null) {
        continue;
      }
      s.text(first ? "" : "; ").arm(arm(a), a).text(first ? "'s fans " : "'s ");
      Figure lastFans =
          statistic(a, SummaryMetric.FINAL_FANS, "mean", Numbers.count(asWritten(last.mean())));
      if (asWritten(day.p50()) >= days) {
        s.text("grew until the last day, to ").figure(lastFans);
      } else {
        s.text("peaked at ")
            .figure(
                statistic(
                    a, SummaryMetric.PEAK_FANS, "mean", Numbers.count(asWritten(peak.mean()))))
            .text(first ? " on average (median peak day " : " (day ")
            .figure(
                statistic(a, SummaryMetric.PEAK_DAY, "p50", Numbers.count(asWritten(day.p50()))))
            .text(") and ended at ")
            .figure(lastFans);
      }
      Summary fake = summary(a, SummaryMetric.FAKE_SHARE);
      if (fake != null && asWritten(fake.mean()) >= 0.01) {
        bought.add(a);
      }
      first = false;
    }
    if (first) {
      return;
    }
    s.text(".");
    for (int a : bought) {
      double share = asWritten(summary(a, SummaryMetric.FAKE_SHARE).mean());
      s.text(" ")
          .figure(
              new Figure(
                  Numbers.percent(share),
                  StatisticsTable.FILE,
                  key(a, SummaryMetric.FAKE_SHARE),
                  "mean",
                  Figure.PERCENT))
          .text("% of ")
          .arm(arm(a), a)
          .text("'s final fans are bought or bots.");
    }
    sentences.add(s);
  }

  private void spend() {
    Sentence s = new Sentence();
    boolean first = true;
    for (int arm = armOrderStart(); arm < layout.arms().size() + armOrderStart(); arm++) {
      int a = arm % layout.arms().size();
      Summary spend = summary(a, SummaryMetric.TOTAL_SPEND);
      if (spend == null) {
        continue;
      }
      s.text(first ? "" : "; ").arm(arm(a), a).text(first ? " spent " : " ");
      s.figure(
          statistic(a, SummaryMetric.TOTAL_SPEND, "mean", Numbers.count(asWritten(spend.mean()))));
      StatisticsTable.Row cost = statistics.get(scope, a, SummaryMetric.COST_PER_ACTIVE);
      if (cost.summary() == null) {
        s.text(", with no member active at the end of any run");
      } else {
        s.text(first ? " on average, or " : ", or ")
            .figure(
                statistic(
                    a,
                    SummaryMetric.COST_PER_ACTIVE,
                    "mean",
                    Numbers.count(asWritten(cost.summary().mean()))))
            .text(first ? " per member still active at the end" : "");
        if (cost.summary().n() < cost.runs()) {
          s.text(" (over the ")
              .figure(
                  statistic(
                      a, SummaryMetric.COST_PER_ACTIVE, "n", Numbers.count(cost.summary().n())))
              .text(" runs that kept any)");
        }
      }
      first = false;
    }
    if (!first) {
      sentences.add(s.text("."));
    }
  }

  private Summary summary(int arm, SummaryMetric metric) {
    return statistics.get(scope, arm, metric).summary();
  }
}
