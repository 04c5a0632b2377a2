package badaboum.workshop;

import badaboum.analysis.PairedComparison;
import badaboum.result.DailyMetric;
import badaboum.result.RunResult;
import badaboum.result.SummaryMetric;
import badaboum.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * For whoever revises a workshop scenario: prints each arm's means and the paired difference of the
 * usual metrics, with a mechanism switched off or not. Runs only when asked: {@code mvn test
 * -Dtest=LessonProbe -Dprobe.file=h1-boum-vs-steady.yaml
 * -Dprobe.off=management.anchor_on_peak=false} (several keys separated by ';', values as in a
 * scenario).
 */
class LessonProbe {

  @Test
  void probe() {
    String file = System.getProperty("probe.file");
    Assumptions.assumeTrue(file != null, "run with -Dprobe.file=...");
    Scenario scenario = Lesson.load(file);
    Map<String, Object> keys = parse(System.getProperty("probe.off", ""));
    long seed = Long.getLong("probe.seed", scenario.seed());
    Lesson lesson = Lesson.of(scenario, keys, seed);
    Map<String, ToDoubleFunction<RunResult>> metrics = new LinkedHashMap<>();
    for (SummaryMetric m : SummaryMetric.values()) {
      metrics.put(m.column(), Lesson.summary(m));
    }
    int days = lesson.scenario().days();
    for (DailyMetric m : DailyMetric.values()) {
      metrics.put("mean " + m.column(), Lesson.mean(m, 1, days));
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s %s seed %d%n", file, keys, seed));
    for (Map.Entry<String, ToDoubleFunction<RunResult>> e : metrics.entrySet()) {
      double[] a = lesson.values(0, e.getValue());
      double[] b = lesson.values(1, e.getValue());
      if (Double.isNaN(mean(a)) || Double.isNaN(mean(b))) {
        continue;
      }
      PairedComparison d = lesson.diff(e.getValue());
      out.append(
          String.format(
              Locale.ROOT,
              "  %-26s %12.4g %12.4g   diff %12.4g [%12.4g, %12.4g]%n",
              e.getKey(),
              mean(a),
              mean(b),
              d.meanDifference(),
              d.ci95Low(),
              d.ci95High()));
    }
    System.out.println(out);
  }

  private static double mean(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total / values.length;
  }

  private static Map<String, Object> parse(String text) {
    Map<String, Object> keys = new LinkedHashMap<>();
    for (String pair : text.split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      keys.put(kv[0].trim(), value(kv[1].trim()));
    }
    return keys;
  }

  private static Object value(String text) {
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      try {
        return Double.parseDouble(text);
      } catch (NumberFormatException e2) {
        return text;
      }
    }
  }
}
