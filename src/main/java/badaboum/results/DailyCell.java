package badaboum.results;

import badaboum.analysis.DailyAggregate;
import badaboum.analysis.DailyAggregator;
import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import java.util.List;

/**
 * The replicates of one (point, arm) cell of daily.csv as they arrive, aggregated per brand, until
 * the last one awaited is in. Replicates read back from the journal count as there from the start.
 */
final class DailyCell {
  private final int replications;
  private final int expected;
  private int arrived;
  private List<String> brands = List.of();
  private DailyAggregator[] aggregators;
  private DailyAggregate[] results;

  /**
   * @param replications the cell's replicates, arrived or not
   * @param expected those still to arrive
   */
  DailyCell(int replications, int expected) {
    this.replications = replications;
    this.expected = expected;
  }

  void add(int replicate, List<BrandTrace> traces) {
    if (aggregators == null) {
      brands = traces.stream().map(BrandTrace::brand).toList();
      aggregators = new DailyAggregator[traces.size()];
      for (int b = 0; b < traces.size(); b++) {
        aggregators[b] =
            new DailyAggregator(
                replications, traces.get(b).days() + 1, DailyMetric.values().length);
      }
    } else if (!traces.stream().map(BrandTrace::brand).toList().equals(brands)) {
      throw new IllegalStateException(
          "replicate " + replicate + " has brands " + traces + ", others " + brands);
    }
    for (int b = 0; b < traces.size(); b++) {
      aggregators[b].add(replicate, traces.get(b).values());
    }
  }

  void arrived() {
    arrived++;
    finishWhenComplete();
  }

  /** Reduces the replicates once the last awaited one is in. */
  void finishWhenComplete() {
    if (arrived < expected) {
      return;
    }
    if (aggregators != null) {
      results = new DailyAggregate[aggregators.length];
      for (int b = 0; b < aggregators.length; b++) {
        results[b] = aggregators[b].finish();
      }
      aggregators = null;
    }
  }

  boolean complete() {
    return arrived >= expected;
  }

  /** The cell's rows of daily.csv, every brand, day 0 to the horizon (none when no run was ok). */
  void rows(DailyCsv csv, StringBuilder out, int point, String arm) {
    for (int b = 0; b < brands.size(); b++) {
      csv.rows(out, point, arm, brands.get(b), results[b]);
    }
  }
}
