package badaboum.cli;

import java.util.Locale;

/** Numbers as a person reads them on a terminal. */
final class Format {
  private Format() {}

  static String count(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,d", Math.round(value));
  }

  static String money(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.0f", value);
  }

  /** Three significant digits, grouped from 1,000: 0.00213, 45.2, 12,345. */
  static String statistic(double value) {
    if (!Double.isFinite(value)) {
      return "-";
    }
    if (Math.abs(value) >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return value == 0
        ? "0"
        : new java.math.BigDecimal(value)
            .round(new java.math.MathContext(3))
            .stripTrailingZeros()
            .toPlainString();
  }

  static String rate(double perSecond) {
    if (perSecond >= 1e6) {
      return String.format(Locale.ROOT, "%.1f M", perSecond / 1e6);
    }
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }
}
