package badaboum.decide;

import badaboum.language.Messages;
import badaboum.scenario.Catalog;
import badaboum.scenario.DidYouMean;
import badaboum.scenario.KeyInfo;
import java.util.List;

/**
 * One scenario key that a search moves, with its range: written {@code KEY} (the range of the key
 * catalogue) or {@code KEY=LOW:HIGH}. A search works in unit coordinates, 0 at the low end and 1 at
 * the high end; a range over more than a factor of {@value #LOG_RATIO} with a positive low end is
 * searched on a log scale (its uniform prior, for calibration, is then uniform in the logarithm),
 * since such a key's effect grows with its order of magnitude.
 *
 * @param path the dotted scenario path ({@code audience.discovery}, {@code
 *     strategies.steady.posts_per_week})
 * @param low the low end of the range
 * @param high the high end
 * @param log whether the search is on a log scale
 * @param integer whether the key holds whole numbers (values are rounded)
 */
public record Knob(String path, double low, double high, boolean log, boolean integer) {
  /** Ratio of the ends beyond which a range with a positive low end is searched in logarithms. */
  public static final double LOG_RATIO = 10;

  public Knob {
    if (!(low < high)) {
      throw new IllegalArgumentException(path + ": the range must have LOW < HIGH");
    }
  }

  /**
   * Reads {@code KEY} or {@code KEY=LOW:HIGH}, checked against the key catalogue.
   *
   * @throws IllegalArgumentException saying what is wrong and how to write it
   */
  public static Knob parse(String spec) {
    String text = spec.strip();
    int equals = text.indexOf('=');
    String path = equals < 0 ? text : text.substring(0, equals).strip();
    KeyInfo key = key(path);
    if (key.kind() != KeyInfo.Kind.NUMBER && key.kind() != KeyInfo.Kind.INTEGER) {
      throw new IllegalArgumentException(
          path + " is a " + key.typeWord() + ", not a number: only numbers can be searched");
    }
    double low;
    double high;
    if (equals < 0) {
      low = key.min();
      high = key.max();
      if (!Double.isFinite(low) || !Double.isFinite(high) || high >= Long.MAX_VALUE) {
        throw new IllegalArgumentException(
            path
                + " has no upper or lower bound in the catalogue ("
                + key.range(Integer.MAX_VALUE)
                + "): give a range, "
                + path
                + "=LOW:HIGH");
      }
    } else {
      String range = text.substring(equals + 1).strip();
      int colon = range.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(
            spec + ": write the range as " + path + "=LOW:HIGH, e.g. " + example(path, key));
      }
      low = number(spec, range.substring(0, colon));
      high = number(spec, range.substring(colon + 1));
      if (low < key.min() || high > key.max()) {
        throw new IllegalArgumentException(
            spec + ": the range leaves the key's, " + key.range(Integer.MAX_VALUE));
      }
    }
    if (!(low < high)) {
      throw new IllegalArgumentException(spec + ": LOW must be below HIGH");
    }
    boolean integer = key.kind() == KeyInfo.Kind.INTEGER;
    boolean log = low > 0 && high / low > LOG_RATIO;
    return new Knob(path, low, high, log, integer);
  }

  /**
   * A knob of the plan of {@code arm}: {@code posts_per_week=2:14}, or the same under {@code
   * strategies.ARM.} or {@code strategies.*.}; the path is made {@code strategies.ARM.KEY}.
   *
   * @throws IllegalArgumentException when it names another strategy or a key outside strategies
   */
  public static Knob ofPlan(String spec, String arm) {
    String text = spec.strip();
    String prefix = "strategies.";
    if (text.startsWith(prefix)) {
      int dot = text.indexOf('.', prefix.length());
      String name = dot < 0 ? "" : text.substring(prefix.length(), dot);
      if (!name.equals(arm) && !name.equals("*")) {
        throw new IllegalArgumentException(
            spec + ": the search changes the plan of --arm " + arm + ", not of " + name);
      }
      text = dot < 0 ? text : text.substring(dot + 1);
    } else if (!text.contains("=")
        ? Catalog.byPattern(pattern(text)).isPresent()
        : Catalog.byPattern(pattern(text.substring(0, text.indexOf('=')).strip())).isPresent()) {
      throw new IllegalArgumentException(
          spec
              + ": optimise searches a strategy's knobs (posts_per_week, replies.rate,"
              + " community_manager.hours_per_week, ads.daily_budget ...); a key of the market is"
              + " what calibrate fits to a page's history");
    }
    return parse(prefix + arm + "." + text);
  }

  /** The catalogue's key at a concrete path. */
  static KeyInfo key(String path) {
    String pattern = pattern(path);
    return Catalog.byPattern(pattern)
        .orElseThrow(
            () -> {
              List<String> patterns = Catalog.all().stream().map(KeyInfo::pattern).toList();
              String best = DidYouMean.suggest(pattern, patterns);
              return new IllegalArgumentException(
                  path
                      + ": no such scenario key"
                      + (best == null ? "" : "; did you mean " + best + "?")
                      + " (scenarios/README.md lists every key)");
            });
  }

  /** {@code strategies.steady.contests[0].prize} as the catalogue writes it. */
  static String pattern(String path) {
    String pattern = path.replaceAll("\\[\\d+]", "[]");
    if (pattern.startsWith("strategies.")) {
      int dot = pattern.indexOf('.', "strategies.".length());
      if (dot > 0) {
        pattern = "strategies.<name>" + pattern.substring(dot);
      }
    }
    return pattern;
  }

  private static double number(String spec, String text) {
    try {
      double value = Double.parseDouble(text.strip());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(
        spec + ": '" + text.strip() + "' is not a number (write 0.002, not 0,002 or 2e-3%)");
  }

  private static String example(String path, KeyInfo key) {
    double min = Math.max(key.min(), 0);
    return path + "=" + show(min) + ":" + show(Math.min(key.max(), Math.max(min + 1, 1)));
  }

  /** The unit coordinate of a value: 0 at the low end, 1 at the high end. */
  public double toUnit(double value) {
    return log ? Math.log(value / low) / Math.log(high / low) : (value - low) / (high - low);
  }

  /**
   * The value at a unit coordinate (clamped to [0, 1]), to four significant digits, and whole for
   * whole-number keys.
   */
  public double fromUnit(double unit) {
    double u = Math.min(1, Math.max(0, unit));
    double value = log ? low * Math.pow(high / low, u) : low + u * (high - low);
    // four significant digits: a plan a person can type, and no 6.000000000000001
    value = new java.math.BigDecimal(value).round(new java.math.MathContext(4)).doubleValue();
    if (integer) {
      value = Math.min(Math.floor(high), Math.max(Math.ceil(low), Math.rint(value)));
    }
    return Math.min(high, Math.max(low, value));
  }

  /** The value as a scenario holds it: a whole number for an integer key, else a double. */
  public Object scenarioValue(double value) {
    return integer ? (Object) Long.valueOf(Math.round(value)) : (Object) value;
  }

  /** How the range reads in a report: {@code 0.0005 to 0.005 (log scale)}. */
  /** The range for a person, in the language of {@code m}: "0.0005 to 0.01, log scale". */
  public String rangeText(Messages m) {
    return m.format(
        log ? "decide.range.log" : "decide.range",
        m.decimal(new java.math.BigDecimal(show(low))),
        m.decimal(new java.math.BigDecimal(show(high))));
  }

  static String show(double value) {
    return RoundTrip.plain(value);
  }
}
