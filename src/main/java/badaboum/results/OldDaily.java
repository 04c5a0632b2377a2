package badaboum.results;

import badaboum.result.SweepLayout;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The previous daily.csv, when cells to recompute are not all at its end: its rows of the other
 * cells are copied, in order, around the recomputed ones.
 */
final class OldDaily implements Closeable {
  /** Characters of old rows copied at once: bounded memory whatever daily.csv's size. */
  private static final int COPY_CHUNK = 1 << 20;

  private final CsvLines lines;
  private final SweepState state;
  private final long end;
  private String pending;
  private int pendingCell;

  OldDaily(Path file, SweepState state) throws IOException {
    this.lines = new CsvLines(file);
    this.state = state;
    this.end = state.dailyKeep();
    lines.next(); // header
    advance();
  }

  private void advance() throws IOException {
    pending = null;
    if (lines.next() && lines.terminated() && lines.end() <= end) {
      pending = lines.text();
      List<String> cells = Csv.fields(pending);
      SweepLayout layout = state.layout();
      pendingCell =
          layout.cell(Integer.parseInt(cells.get(0)), layout.arms().indexOf(cells.get(1)));
    }
  }

  /** Copies the old rows of cells before {@code cell}, except those being recomputed. */
  void copyBefore(int cell, AppendFile out) throws IOException {
    StringBuilder rows = new StringBuilder();
    while (pending != null && pendingCell < cell) {
      if (!state.dirtyCells().get(pendingCell)) {
        rows.append(pending).append('\n');
        if (rows.length() > COPY_CHUNK) {
          out.write(rows);
          rows.setLength(0);
        }
      }
      advance();
    }
    out.write(rows);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
