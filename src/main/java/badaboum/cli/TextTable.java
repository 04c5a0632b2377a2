package badaboum.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain text table with right-aligned numbers, for summaries printed on a terminal. */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String... header) {
    rows.add(header);
  }

  void add(String... cells) {
    rows.add(cells);
  }

  @Override
  public String toString() {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      for (int c = 0; c < columns; c++) {
        String cell = row[c];
        String pad = " ".repeat(width[c] - cell.length());
        out.append(c == 0 ? cell + pad : "  " + pad + cell);
      }
      out.append('\n');
      if (r == 0) {
        int total = 0;
        for (int w : width) {
          total += w + 2;
        }
        out.append("-".repeat(total - 2)).append('\n');
      }
    }
    return out.toString();
  }
}
