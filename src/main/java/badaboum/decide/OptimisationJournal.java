package badaboum.decide;

import badaboum.results.AtomicWrite;
import badaboum.results.Csv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * optimisation.csv: every plan a search evaluated, one row each, appended and flushed as each ends,
 * so it is also the journal a resumed search reads back. Numbers are written exactly (the shortest
 * decimal that reads back as the same double), so that the search, fed the same values again, asks
 * for the same plans.
 *
 * <p>Columns: {@code evaluation}, one per knob (its path), {@code status} ({@code ok}/{@code
 * failed}), {@code error}, {@code runs}, {@code objective_mean, objective_ci95_low,
 * objective_ci95_high, spend_mean, spend_ci95_low, spend_ci95_high}, {@code feasible} (1 when the
 * mean spend is within the budget).
 */
public final class OptimisationJournal {
  static final List<String> AFTER_KNOBS =
      List.of(
          "status",
          "error",
          "runs",
          "objective_mean",
          "objective_ci95_low",
          "objective_ci95_high",
          "spend_mean",
          "spend_ci95_low",
          "spend_ci95_high",
          "feasible");

  private final Path file;
  private final List<String> paths;

  OptimisationJournal(Path file, List<String> paths) {
    this.file = file;
    this.paths = List.copyOf(paths);
  }

  String header() {
    List<String> cells = new ArrayList<>();
    cells.add("evaluation");
    paths.forEach(p -> cells.add(Csv.text(p)));
    cells.addAll(AFTER_KNOBS);
    return Csv.row(cells);
  }

  String row(Evaluation e) {
    List<String> cells = new ArrayList<>();
    cells.add(Integer.toString(e.index()));
    for (double v : e.values()) {
      cells.add(RoundTrip.plain(v));
    }
    cells.add(e.ok() ? "ok" : "failed");
    cells.add(Csv.text(e.error()));
    cells.add(Integer.toString(e.runs()));
    for (double v :
        new double[] {
          e.objectiveMean(),
          e.objectiveLow(),
          e.objectiveHigh(),
          e.spendMean(),
          e.spendLow(),
          e.spendHigh()
        }) {
      cells.add(RoundTrip.plain(v));
    }
    cells.add(e.feasible() ? "1" : "0");
    return Csv.row(cells);
  }

  /** Starts the file with its header. */
  void create() {
    AtomicWrite.text(file, header());
  }

  /** Appends one evaluation and forces it to the disk's cache: a crash after this keeps it. */
  void append(Evaluation e) {
    try {
      Files.writeString(
          file, row(e), StandardCharsets.UTF_8, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file, ex);
    }
  }

  /**
   * The evaluations recorded, in order; a half-written last line (a crash while writing it) is cut
   * off the file.
   *
   * @throws IllegalStateException when the file is not this search's (another header, a gap)
   */
  List<Evaluation> read() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (!text.startsWith(header())) {
      throw new IllegalStateException(
          file + ": its header is not that of this search; it cannot be resumed");
    }
    int whole = text.lastIndexOf('\n') + 1;
    if (whole < text.length()) {
      AtomicWrite.text(file, text.substring(0, whole));
    }
    List<Evaluation> done = new ArrayList<>();
    String[] lines = text.substring(header().length(), whole).split("\n");
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      List<String> cells = Csv.fields(line);
      int width = 1 + paths.size() + AFTER_KNOBS.size();
      if (cells == null || cells.size() != width) {
        throw new IllegalStateException(file + ": a row is not whole: " + line);
      }
      done.add(parse(cells, done.size()));
    }
    return done;
  }

  private Evaluation parse(List<String> cells, int expected) {
    int index = Integer.parseInt(cells.get(0));
    if (index != expected) {
      throw new IllegalStateException(
          file + ": evaluation " + expected + " expected, found " + index);
    }
    int k = paths.size();
    double[] values = new double[k];
    for (int i = 0; i < k; i++) {
      values[i] = RoundTrip.parse(cells.get(1 + i));
    }
    double[] n = new double[6];
    for (int i = 0; i < 6; i++) {
      n[i] = RoundTrip.parse(cells.get(4 + k + i));
    }
    return new Evaluation(
        index,
        values,
        cells.get(1 + k).equals("ok") ? "" : cells.get(2 + k),
        Integer.parseInt(cells.get(3 + k)),
        n[0],
        n[1],
        n[2],
        n[3],
        n[4],
        n[5],
        cells.get(10 + k).equals("1"));
  }
}
