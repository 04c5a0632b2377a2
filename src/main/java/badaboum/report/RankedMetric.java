package badaboum.report;

import badaboum.result.SummaryMetric;

/**
 * The metric every plan is ranked on: the scenario's primary metric ({@code verdict: {metric,
 * over}} in scenario.effective.yaml, as {@link PrimaryMetric} reads it), active members on the last
 * day for a folder that declares none.
 *
 * @param column its runs.csv column
 * @param higherIsBetter the direction that wins
 * @param words the metric in a sentence
 */
record RankedMetric(SummaryMetric column, boolean higherIsBetter, String words) {

  static RankedMetric of(ScenarioSummary scenario) {
    PrimaryMetric primary = PrimaryMetric.of(scenario, java.util.Locale.ENGLISH);
    return new RankedMetric(primary.column(), primary.higherIsBetter(), primary.column().meaning());
  }
}
