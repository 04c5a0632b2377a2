package badaboum.report;

import badaboum.results.Csv;
import java.util.List;

/**
 * The columns of one CSV file, declared once: its header and the width every row must have come
 * from the same list, so header and rows cannot disagree.
 */
final class CsvTable {
  private final List<String> columns;

  CsvTable(String... columns) {
    this.columns = List.of(columns);
  }

  List<String> columns() {
    return columns;
  }

  String header() {
    return Csv.row(columns);
  }

  /** A row; its cells must already be CSV text ({@link Csv#text}, {@link Csv#number}). */
  String row(List<String> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalStateException(
          "a row of " + cells.size() + " cells for " + columns.size() + " columns " + columns);
    }
    return Csv.row(cells);
  }
}
