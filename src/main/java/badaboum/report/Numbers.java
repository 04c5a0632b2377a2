package badaboum.report;

import badaboum.language.Messages;
import badaboum.results.Csv;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as the report shows them to a person: few digits, thousands grouped, in the report's
 * language (11,569 and 2.5 in English; 11 569 and 2,5 in French). The CSV files never go through
 * here: they keep dot decimals and no grouping whatever the language.
 */
final class Numbers {
  private final Messages messages;

  Numbers(Messages messages) {
    this.messages = messages;
  }

  /** A value as the CSV files hold it (8 significant digits), so text and files agree exactly. */
  static double asWritten(double value) {
    String cell = Csv.number(value);
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }

  /** Whole numbers, grouped: 11,569. Values below 10 keep one decimal (2.5). */
  String count(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    if (Math.abs(value) < 10 && value != Math.rint(value)) {
      return messages.number(value, 1);
    }
    return messages.number(value, 0);
  }

  /**
   * A share as a percentage, whole from 1% up (0.64 → 64), else with two significant digits
   * (0.00077 → 0.077) so that a small share does not read as none; the caller adds the sign.
   */
  String percent(double share) {
    if (!Double.isFinite(share)) {
      return "–"; // an arm with no run recorded yet (an interrupted sweep)
    }
    double percent = 100 * share;
    if (percent == 0 || Math.abs(percent) >= 0.995) {
      return String.format(messages.locale(), "%.0f", percent);
    }
    BigDecimal rounded = new BigDecimal(percent).round(new MathContext(2, RoundingMode.HALF_EVEN));
    return messages.decimal(rounded.stripTrailingZeros());
  }

  /**
   * A value of any size with two significant digits below 10 (0.049, 4.0, −0.0032), whole and
   * grouped from 10 up (1,318): small averages such as ambassadors or sentiment do not read as 0.
   */
  String value(double value) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    if (Math.abs(value) >= 10) {
      return messages.number(value, 0);
    }
    if (value == 0) {
      return "0";
    }
    // two digits even when the second is 0 (4.0), so that 4.03 does not read as a whole 4
    return messages.decimal(
        new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_EVEN)));
  }

  /** A ratio with two significant digits, at most one decimal above 10: 2.1, 0.95, 16. */
  String ratio(double value) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    if (Math.abs(value) >= 10) {
      return messages.number(value, 0);
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_EVEN));
    return messages.decimal(rounded.stripTrailingZeros());
  }

  /** A statistic in a table: 3 significant digits, grouped above 1,000. */
  String statistic(double value) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    if (Math.abs(value) >= 1000) {
      return messages.number(value, 0);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN));
    return messages.decimal(rounded.stripTrailingZeros());
  }

  /** A p-value: three decimals, or "< 0.001". */
  String pValue(double p) {
    if (!Double.isFinite(p)) {
      return "–";
    }
    return p < 0.001 ? "< " + messages.number(0.001, 3) : messages.number(p, 3);
  }

  /** A whole count, grouped. */
  String whole(long value) {
    return messages.count(value);
  }
}
