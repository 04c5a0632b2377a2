package badaboum.gui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as a room reads them on the console: no noise, no exponents. */
final class ConsoleNumbers {
  private ConsoleNumbers() {}

  /** Two significant digits: 2.7, 50, 1,300. */
  static String roughly(double value) {
    double rounded = new BigDecimal(value).round(new MathContext(2)).doubleValue();
    return rounded >= 1000
        ? String.format(Locale.ROOT, "%,.0f", rounded)
        : BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
  }

  /** Four significant digits at most, no trailing zeros, never an exponent. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    return BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
