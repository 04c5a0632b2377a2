package badaboum.sweep;

import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.result.RunResult;

/**
 * What is written in runs.csv's error column: one line, the same every time the run fails, with no
 * stack frame (a person reads it; {@code badaboum replay DIR RUN_ID} runs the run again alone and
 * keeps the whole trace in the folder's log).
 */
public final class Failures {
  private Failures() {}

  /** {@code Type: message}, on one line. */
  public static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
    String message = e.getMessage();
    if (message != null && !message.isBlank()) {
      text.append(": ").append(message);
    }
    return oneLine(text.toString());
  }

  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*(\r\n|\r|\n)\\s*", "; ");
  }

  /**
   * Why a result cannot be aggregated, or null: daily metrics must be finite (a NaN would poison
   * every mean and percentile of its cell).
   */
  static String nonFinite(RunResult result) {
    for (BrandTrace trace : result.traces()) {
      for (DailyMetric metric : DailyMetric.values()) {
        double[] series = trace.series(metric);
        for (int day = 0; day < series.length; day++) {
          if (!Double.isFinite(series[day])) {
            return "daily metric "
                + metric.column()
                + " of brand "
                + trace.brand()
                + " is "
                + series[day]
                + " on day "
                + day;
          }
        }
      }
    }
    return null;
  }
}
