package badaboum.report;

import badaboum.result.SummaryMetric;
import badaboum.scenario.VerdictMetric;
import badaboum.scenario.VerdictSpec;

/**
 * The metric every plan is ranked on: the scenario's primary metric ({@code verdict: {metric,
 * over}} in scenario.effective.yaml), active members on the last day for a folder that declares
 * none.
 *
 * @param column its runs.csv column
 * @param higherIsBetter the direction that wins
 * @param words the metric in a sentence
 */
record RankedMetric(SummaryMetric column, boolean higherIsBetter, String words) {

  static RankedMetric of(ScenarioSummary scenario) {
    VerdictMetric metric = null;
    for (VerdictMetric m : VerdictMetric.values()) {
      if (m.label().equals(scenario.value("verdict.metric"))) {
        metric = m;
      }
    }
    VerdictSpec.Over over = null;
    for (VerdictSpec.Over o : VerdictSpec.Over.values()) {
      if (o.label().equals(scenario.value("verdict.over"))) {
        over = o;
      }
    }
    String column = metric == null || over == null ? null : metric.column(over);
    for (SummaryMetric m : SummaryMetric.values()) {
      if (m.column().equals(column)) {
        return new RankedMetric(m, metric.higherIsBetter(), m.meaning());
      }
    }
    return new RankedMetric(SummaryMetric.FINAL_ACTIVE, true, SummaryMetric.FINAL_ACTIVE.meaning());
  }
}
