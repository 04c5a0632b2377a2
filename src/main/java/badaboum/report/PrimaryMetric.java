package badaboum.report;

import badaboum.language.Messages;
import badaboum.result.SummaryMetric;
import badaboum.scenario.VerdictMetric;
import badaboum.scenario.VerdictSpec;
import java.util.Locale;

/**
 * What the verdict leads with, as the folder's scenario.effective.yaml declares it ({@code
 * verdict.metric}, {@code verdict.over}, {@code verdict.mechanism}), and how a sentence tells it: a
 * count of people or acts ("had 4.0 ambassadors", "more", "fewer"), a level ("'s sentiment was",
 * "higher"), a share shown in percent, and when it is taken (the last day, an average day, the
 * whole run, after the cancellation). A folder written before scenarios declared a verdict, or
 * whose scenario file is missing, leads with active members on the last day, as reports always did.
 *
 * @param metric the scenario's primary metric
 * @param column its runs.csv column
 * @param mechanism the scenario's clause naming the mechanism; empty for none
 */
record PrimaryMetric(VerdictMetric metric, SummaryMetric column, String mechanism) {

  /** When the metric is taken, which decides how the sentence opens. */
  enum Timing {
    LAST_DAY,
    AVERAGE_DAY,
    WHOLE_RUN,
    AFTER_CANCELLATION
  }

  static final PrimaryMetric DEFAULT =
      new PrimaryMetric(VerdictMetric.ACTIVE_MEMBERS, SummaryMetric.FINAL_ACTIVE, "");

  /** The scenario's primary metric, its mechanism in the language of {@code locale} when given. */
  static PrimaryMetric of(ScenarioSummary scenario, Locale locale) {
    String mechanism = scenario.words("verdict.mechanism", locale).strip();
    VerdictMetric metric = metric(scenario.value("verdict.metric"));
    VerdictSpec.Over over = over(scenario.value("verdict.over"));
    SummaryMetric column =
        metric == null || over == null ? null : summaryMetric(metric.column(over));
    if (column == null) {
      return new PrimaryMetric(DEFAULT.metric, DEFAULT.column, mechanism);
    }
    return new PrimaryMetric(metric, column, mechanism);
  }

  private static VerdictMetric metric(String label) {
    for (VerdictMetric m : VerdictMetric.values()) {
      if (m.label().equals(label)) {
        return m;
      }
    }
    return null;
  }

  private static VerdictSpec.Over over(String label) {
    for (VerdictSpec.Over o : VerdictSpec.Over.values()) {
      if (o.label().equals(label)) {
        return o;
      }
    }
    return null;
  }

  private static SummaryMetric summaryMetric(String column) {
    for (SummaryMetric m : SummaryMetric.values()) {
      if (m.column().equals(column)) {
        return m;
      }
    }
    return null;
  }

  boolean higherIsBetter() {
    return metric.higherIsBetter();
  }

  /**
   * A metric in a sentence: as counted ("ambassadors", "ambassadeurs"), and with the article a
   * language puts before it as a subject ("les ambassadeurs", "le sentiment"; English needs none).
   */
  record Said(String plain, String withArticle) {}

  /** {@code metric}'s words in the language of {@code messages}. */
  static Said said(VerdictMetric metric, Messages messages) {
    String key = "verdict.metric." + metric.label();
    return new Said(messages.text(key), messages.text(key + ".the"));
  }

  /** The metric in the sentence's words. */
  Said words(Messages messages) {
    return said(
        column == SummaryMetric.ACTIVE_AFTER_CANCEL ? VerdictMetric.ACTIVE_MEMBERS : metric,
        messages);
  }

  /** A level is told "'s sentiment was", "higher"; anything else is counted: "had", "more". */
  boolean level() {
    return switch (metric) {
      case SENTIMENT, ENGAGEMENT_RATE, REACH -> true;
      default -> false;
    };
  }

  /** Shares shown as percentages. */
  boolean percent() {
    return switch (metric) {
      case ENGAGEMENT_RATE, REACH, CANCELLED -> true;
      default -> false;
    };
  }

  Timing timing() {
    return switch (column) {
      case MEAN_ACTIVE,
          MEAN_FOLLOWERS,
          MEAN_AMBASSADORS,
          MEAN_SENTIMENT,
          MEAN_ENGAGEMENT_RATE,
          MEAN_REACH ->
          Timing.AVERAGE_DAY;
      case M2M_TOTAL, TOTAL_UNFOLLOWS -> Timing.WHOLE_RUN;
      case ACTIVE_AFTER_CANCEL -> Timing.AFTER_CANCELLATION;
      default -> Timing.LAST_DAY;
    };
  }

  /**
   * The message saying how the value is averaged: over the runs, over every day, or over the days
   * the page posted.
   */
  String averageKey() {
    if (timing() != Timing.AVERAGE_DAY) {
      return "lead.average.runs";
    }
    return switch (column) {
      case MEAN_ENGAGEMENT_RATE, MEAN_REACH -> "lead.average.postingDay";
      default -> "lead.average.day";
    };
  }
}
