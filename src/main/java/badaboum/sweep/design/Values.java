package badaboum.sweep.design;

import java.math.BigDecimal;

/** How values and numbers appear in messages: plain decimals, quoted strings. */
final class Values {
  private Values() {}

  /** {@code -0.1}, {@code 5}, {@code 1E+300}: the shortest decimal, no trailing zeros. */
  static String plain(double number) {
    if (!Double.isFinite(number)) {
      return Double.toString(number);
    }
    String text = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    return text.length() <= 24 ? text : Double.toString(number);
  }

  /** A level as the user wrote it: strings quoted, numbers plain. */
  static String show(Object value) {
    if (value instanceof String s) {
      return "'" + s + "'";
    }
    if (value instanceof Double d) {
      return plain(d);
    }
    return String.valueOf(value);
  }
}
