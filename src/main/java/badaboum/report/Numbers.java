package badaboum.report;

import badaboum.results.Csv;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as the report shows them to a person: few digits, thousands grouped. */
final class Numbers {
  private Numbers() {}

  /** A value as the CSV files hold it (8 significant digits), so text and files agree exactly. */
  static double asWritten(double value) {
    String cell = Csv.number(value);
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }

  /** Whole numbers, grouped: 11,569. Values below 10 keep one decimal (2.5). */
  static String count(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    if (Math.abs(value) < 10 && value != Math.rint(value)) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /**
   * A share as a percentage, whole from 1% up (0.64 → 64), else with two significant digits
   * (0.00077 → 0.077) so that a small share does not read as none; the caller adds "%".
   */
  static String percent(double share) {
    double percent = 100 * share;
    if (percent == 0 || Math.abs(percent) >= 0.995) {
      return String.format(Locale.ROOT, "%.0f", percent);
    }
    BigDecimal rounded = new BigDecimal(percent).round(new MathContext(2, RoundingMode.HALF_EVEN));
    return rounded.stripTrailingZeros().toPlainString();
  }

  /**
   * A value of any size with two significant digits below 10 (0.049, 4.0, −0.0032), whole and
   * grouped from 10 up (1,318): small averages such as ambassadors or sentiment do not read as 0.
   */
  static String value(double value) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    if (Math.abs(value) >= 10) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value == 0) {
      return "0";
    }
    // two digits even when the second is 0 (4.0), so that 4.03 does not read as a whole 4
    return new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_EVEN)).toPlainString();
  }

  /** A ratio with two significant digits, at most one decimal above 10: 2.1, 0.95, 16. */
  static String ratio(double value) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    if (Math.abs(value) >= 10) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_EVEN));
    return rounded.stripTrailingZeros().toPlainString();
  }

  /** A statistic in a table: 3 significant digits, grouped above 1,000. */
  static String statistic(double value) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    if (Math.abs(value) >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN));
    return rounded.stripTrailingZeros().toPlainString();
  }
}
