package badaboum.workshop;

import badaboum.result.SummaryMetric;
import badaboum.scenario.Scenario;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a workshop scenario's notes, written {@code [[metric@path=value: arm figure, arm
 * figure]]}: the mean of a runs.csv column for each arm (at one point of the scenario's sweep when
 * {@code @path=value} says which), over the scenario's replications, on its seed. They are
 * generated from the runs and checked against them, so a note never promises the room what the
 * model does not do.
 */
record NoteFigures(String metric, String path, Object value, Map<String, String> figures) {
  /** A figure in the notes, across line breaks and indentation. */
  static final Pattern TOKEN =
      Pattern.compile("\\[\\[([a-z_0-9]+)(?:@([a-z_.\\[\\]0-9]+)=([^:\\]]+))?:\\s*([^\\]]+)\\]\\]");

  private static final Pattern FIGURE =
      Pattern.compile("([a-z_-]+)\\s+(-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?%?|-?\\d*\\.?\\d+%?|none)");

  static List<NoteFigures> in(String notes) {
    List<NoteFigures> found = new ArrayList<>();
    Matcher m = TOKEN.matcher(notes);
    while (m.find()) {
      Map<String, String> figures = new LinkedHashMap<>();
      Matcher f = FIGURE.matcher(m.group(4));
      while (f.find()) {
        figures.put(f.group(1), f.group(2));
      }
      found.add(
          new NoteFigures(
              m.group(1),
              m.group(2),
              m.group(3) == null ? null : parse(m.group(3).trim()),
              figures));
    }
    return found;
  }

  SummaryMetric summaryMetric() {
    for (SummaryMetric m : SummaryMetric.values()) {
      if (m.column().equals(metric)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no runs.csv column " + metric + " in a note");
  }

  /** The keys that pick this figure's point of the scenario's sweep. */
  Map<String, Object> point() {
    return path == null ? Map.of() : Map.of(path, value);
  }

  /** How a figure is written: a share in percent, else two significant digits at most. */
  static String format(String metric, double mean) {
    if (Double.isNaN(mean)) {
      return "none";
    }
    if (metric.equals("cancelled") || metric.equals("sustained")) {
      return String.format(Locale.ROOT, "%.0f%%", 100 * mean);
    }
    if (Math.abs(mean) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", new BigDecimal(mean).round(new MathContext(2)));
    }
    if (Math.abs(mean) >= 10) {
      return String.format(Locale.ROOT, "%.0f", mean);
    }
    return new BigDecimal(mean).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }

  /** The text of the token for these figures, as {@link #format} writes them. */
  String written(Map<String, String> arms) {
    StringBuilder out = new StringBuilder("[[").append(metric);
    if (path != null) {
      out.append('@').append(path).append('=').append(value);
    }
    out.append(": ");
    List<String> parts = new ArrayList<>();
    arms.forEach((arm, figure) -> parts.add(arm + " " + figure));
    return out.append(String.join(", ", parts)).append("]]").toString();
  }

  static void requireArms(Scenario scenario, NoteFigures figures) {
    for (String arm : figures.figures().keySet()) {
      if (!scenario.arms().contains(arm)) {
        throw new IllegalArgumentException("a note names arm " + arm + ", not an arm");
      }
    }
  }

  private static Object parse(String text) {
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return text;
    }
  }
}
