package badaboum.results;

import badaboum.analysis.DailyAggregator;
import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.result.RunOutcome;
import badaboum.result.RunResult;
import badaboum.result.SweepLayout;
import java.nio.charset.StandardCharsets;

/**
 * How many bytes a sweep will write, estimated from one sample run: its runs.csv row, daily.csv
 * rows and trace, times the number of runs or cells (for {@code sweep --dry-run}).
 */
public record OutputEstimate(long runsBytes, long dailyBytes, long timingsBytes, long tracesBytes) {

  public long total() {
    return runsBytes + dailyBytes + timingsBytes + tracesBytes;
  }

  /**
   * @param runs runs still to do
   * @param cells (point, arm) cells still to write
   * @param sample one ok run of the sweep
   */
  public static OutputEstimate of(
      SweepLayout layout,
      long runs,
      long cells,
      RunOutcome sample,
      boolean traces,
      BrandColumns columns) {
    DailyCsv dailyCsv = new DailyCsv(columns);
    RunTables tables = new RunTables(columns);
    RunsCsv csv = new RunsCsv(layout);
    long row = bytes(csv.row(sample));
    long timingRow = Long.toString(layout.runCount()).length() + 6;
    RunResult result = sample.result();
    StringBuilder daily = new StringBuilder();
    for (BrandTrace trace : result.traces()) {
      DailyAggregator one = new DailyAggregator(1, trace.days() + 1, DailyMetric.values().length);
      one.add(0, trace.values());
      dailyCsv.rows(daily, sample.point(), sample.arm(), trace.brand(), one.finish());
    }
    // one replicate gives p5 = p50 = p95 = the value; many give other digits, of similar length
    long cell = bytes(daily.toString());
    long trace = traces ? bytes(tables.dailyHeader() + tables.dailyRows(result)) : 0;
    return new OutputEstimate(
        bytes(csv.header()) + runs * row,
        bytes(dailyCsv.header()) + cells * cell,
        runs * timingRow,
        runs * trace);
  }

  private static long bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
