package badaboum.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV text as spreadsheets read it: comma separated, RFC 4180 quoting, '\n' line ends, numbers in
 * plain notation with at most 8 significant digits, and NaN as an empty cell. The same numbers
 * always give the same bytes.
 */
public final class Csv {
  private static final MathContext DIGITS = new MathContext(8);

  private Csv() {}

  public static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    BigDecimal rounded = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
    return rounded.toPlainString();
  }

  /** A float as it was stored, without the noise of widening it to a double. */
  public static String number(float value) {
    if (Float.isNaN(value) || Float.isInfinite(value)) {
      return "";
    }
    return new BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
  }

  public static String text(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  public static String row(List<String> cells) {
    return String.join(",", cells) + "\n";
  }

  /**
   * The cells of one CSV line (RFC 4180 quoting, as {@link Csv#text} writes it), or null when the
   * line is malformed (an unclosed quote).
   */
  public static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c != '"') {
          cell.append(c);
        } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (c == ',') {
        fields.add(cell.toString());
        cell.setLength(0);
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    fields.add(cell.toString());
    return fields;
  }
}
