package badaboum.report;

/**
 * A number in the report's verdict with where it comes from, so that a reader (and a test) can find
 * it in the CSV files: the file, the row (its key columns), the column and how the cell's value was
 * turned into the text shown.
 *
 * @param text the number as shown
 * @param file e.g. comparison.csv, or manifest.json
 * @param row key columns of the row, {@code point=0;arm=boum;metric=final_active}; empty for
 *     manifest.json
 * @param column the column (a JSON pointer such as {@code /days} for manifest.json)
 * @param transform how the cell became the text: {@code none}, {@code percent} (×100), {@code
 *     inverse} (1/x), {@code negative} (−x, a difference told the other way round), {@code
 *     negative_percent} (−100x), or {@code text} (the cell as written, such as a varied value)
 */
record Figure(String text, String file, String row, String column, String transform) {
  static final String NONE = "none";
  static final String PERCENT = "percent";
  static final String INVERSE = "inverse";
  static final String NEGATIVE = "negative";
  static final String NEGATIVE_PERCENT = "negative_percent";
  static final String TEXT = "text";

  /** The transform of a value shown as a percentage or not, and negated or not. */
  static String transform(boolean percent, boolean negated) {
    if (negated) {
      return percent ? NEGATIVE_PERCENT : NEGATIVE;
    }
    return percent ? PERCENT : NONE;
  }

  String html() {
    return "<span class=\"fig\" data-file=\""
        + Html.escape(file)
        + "\" data-row=\""
        + Html.escape(row)
        + "\" data-column=\""
        + Html.escape(column)
        + "\" data-transform=\""
        + transform
        + "\">"
        + Html.escape(text)
        + "</span>";
  }
}
