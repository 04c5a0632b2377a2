package badaboum.decide;

import java.math.BigDecimal;

/** Numbers written so that reading them back gives the same double, in plain notation. */
final class RoundTrip {
  private RoundTrip() {}

  /** {@code 0.0005}, {@code 12}, {@code 3.25}: the shortest decimal that reads back exactly. */
  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /** Reads what {@link #plain} wrote; an empty cell is NaN. */
  static double parse(String text) {
    return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
  }
}
