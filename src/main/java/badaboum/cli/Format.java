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

  static String rate(double perSecond) {
    if (perSecond >= 1e6) {
      return String.format(Locale.ROOT, "%.1f M", perSecond / 1e6);
    }
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }
}
