package badaboum.report;

import static badaboum.report.Numbers.asWritten;

import badaboum.analysis.KaplanMeier;
import badaboum.analysis.Summary;
import badaboum.language.Messages;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.ResultsFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's plain-language verdict, generated from the tables, every number with its uncertainty
 * and its source (a {@link Figure}). It leads with the scenario's primary metric ({@link Lead}),
 * point by point for a design of a few points, and names the mechanism the scenario declares; then
 * active members at the end (ratio with CI, or no clear difference, or who has none), cancellations
 * (share with CI and median survival), fans (peak against final, bought share), spend and cost per
 * active member, leaving out the one the lead already said.
 *
 * <p>Numbers are taken as the CSV files write them ({@link Numbers#asWritten}), so the text and the
 * files agree to the last shown digit. Each arm is compared with the baseline (the first arm).
 * Points whose horizons differ (a design varying {@code days}) are never told as one horizon.
 */
final class Verdict {
  /**
   * Points up to which the lead is given point by point: a room reads a few sentences, and a larger
   * design's points are in the report's point-by-point table.
   */
  static final int POINTS_LED = 4;

  private final SweepResults results;
  private final SweepLayout layout;
  private final Scope scope;
  private final StatisticsTable statistics;
  private final ComparisonTable comparisons;
  private final SurvivalTable survival;
  private final VerdictSources src;
  private final PrimaryMetric primary;
  private final Lead lead;
  private final Messages m;
  private final Numbers n;
  private final List<Sentence> sentences = new ArrayList<>();

  private Verdict(SweepResults results, Messages messages) {
    this.results = results;
    this.layout = results.layout();
    this.scope = Scope.headline(layout);
    this.statistics = results.statistics();
    this.comparisons = results.comparisons();
    this.survival = results.survival();
    this.m = messages;
    this.n = new Numbers(messages);
    this.src = new VerdictSources(results, messages);
    this.primary = PrimaryMetric.of(results.scenario(), messages.locale());
    this.lead = new Lead(src, results, primary, messages);
  }

  static List<Sentence> of(SweepResults results, Messages messages) {
    Verdict v = new Verdict(results, messages);
    boolean perPoint = v.layout.points() > 1 && v.layout.points() <= POINTS_LED;
    if (perPoint) {
      for (int p = 0; p < v.layout.points(); p++) {
        v.sentences.addAll(v.lead.of(new Scope(p), true, p == v.layout.points() - 1));
      }
      v.pooledPreface();
    } else {
      v.pooledPreface();
      v.sentences.addAll(v.lead.of(v.scope, false, true));
    }
    SummaryMetric led = v.primary.column();
    if (led != SummaryMetric.FINAL_ACTIVE) {
      for (int arm = 1; arm < v.layout.arms().size(); arm++) {
        v.sentences.add(v.lead.activeRatio(v.scope, arm, false).text("."));
      }
    }
    if (led != SummaryMetric.CANCELLED) {
      v.cancellations();
    }
    v.fans();
    v.spend();
    return v.sentences;
  }

  /** Says that the sentences that follow pool the design's points. */
  private void pooledPreface() {
    if (!scope.all()) {
      return;
    }
    sentences.add(
        new Sentence()
            .say(
                m,
                "verdict.pooled",
                new Figure(
                    Integer.toString(layout.points()),
                    ResultsFile.MANIFEST.fileName(),
                    "",
                    "/design/points",
                    Figure.NONE),
                results.design()));
  }

  private Sentence arm(int index) {
    return Sentence.armNamed(layout.arms().get(index), index);
  }

  private Figure statistic(int arm, SummaryMetric metric, String column, String text) {
    return src.statistic(scope, arm, metric, column, text);
  }

  private Figure survivalFigure(int arm, String column, String text, String transform) {
    return src.survival(scope, arm, column, text, transform);
  }

  private void cancellations() {
    Sentence s = new Sentence().say(m, "verdict.cancellations");
    boolean first = true;
    for (int arm = armOrderStart(); arm < layout.arms().size() + armOrderStart(); arm++) {
      int a = arm % layout.arms().size();
      SurvivalTable.Row row = survival.get(scope, a);
      if (row.cancelled() == null) {
        continue;
      }
      if (!first) {
        s.say(m, "separator.semicolon");
      }
      double share = asWritten(row.cancelled().share());
      double lo = asWritten(row.cancelled().ci95Low());
      double hi = asWritten(row.cancelled().ci95High());
      s.say(
          m,
          first ? "verdict.cancellations.first" : "verdict.cancellations.next",
          arm(a),
          survivalFigure(a, "cancelled_share", n.percent(share), Figure.PERCENT),
          survivalFigure(a, "cancelled_ci95_low", n.percent(lo), Figure.PERCENT),
          survivalFigure(a, "cancelled_ci95_high", n.percent(hi), Figure.PERCENT));
      KaplanMeier km = row.curve();
      if (km.medianReached()) {
        double median = asWritten(km.median());
        s.say(
            m,
            "verdict.cancellations.median",
            survivalFigure(a, "median_days", n.count(median), Figure.NONE));
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
        s.say(m, "verdict.cancellations.unclear");
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
      if (!first) {
        s.say(m, "separator.semicolon");
      }
      String order = first ? ".first" : ".next";
      Figure lastFans =
          statistic(a, SummaryMetric.FINAL_FANS, "mean", n.count(asWritten(last.mean())));
      Figure peakFans =
          statistic(a, SummaryMetric.PEAK_FANS, "mean", n.count(asWritten(peak.mean())));
      if (!src.oneHorizon(scope)) {
        // points end on different days: a pooled peak day would mix them
        s.say(m, "verdict.fans.mixed" + order, arm(a), peakFans, lastFans);
      } else if (asWritten(day.p50()) >= src.shortestHorizon(scope)) {
        s.say(m, "verdict.fans.grew" + order, arm(a), lastFans);
      } else {
        Figure peakDay = statistic(a, SummaryMetric.PEAK_DAY, "p50", n.count(asWritten(day.p50())));
        s.say(m, "verdict.fans.peak" + order, arm(a), peakFans, peakDay, lastFans);
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
      s.say(
          m,
          "verdict.fans.bought",
          src.statistic(
              scope, a, SummaryMetric.FAKE_SHARE, "mean", n.percent(share), Figure.PERCENT),
          arm(a));
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
      if (!first) {
        s.say(m, "separator.semicolon");
      }
      String order = first ? ".first" : ".next";
      s.say(
          m,
          "verdict.spend" + order,
          arm(a),
          statistic(a, SummaryMetric.TOTAL_SPEND, "mean", n.count(asWritten(spend.mean()))));
      StatisticsTable.Row cost = statistics.get(scope, a, SummaryMetric.COST_PER_ACTIVE);
      if (cost.summary() == null) {
        s.say(m, "verdict.spend.noActive");
      } else {
        s.say(
            m,
            "verdict.spend.cost" + order,
            statistic(
                a,
                SummaryMetric.COST_PER_ACTIVE,
                "mean",
                n.count(asWritten(cost.summary().mean()))));
        if (cost.summary().n() < cost.runs()) {
          s.say(
              m,
              "verdict.spend.over",
              statistic(a, SummaryMetric.COST_PER_ACTIVE, "n", n.count(cost.summary().n())));
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
