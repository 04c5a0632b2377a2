package badaboum.results;

import badaboum.analysis.DailyAggregate;
import badaboum.result.DailyMetric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A sweep's daily.csv: one row per (point, arm, brand, day) with, across the replicates of that
 * (point, arm), the mean and the 5th, 50th and 95th percentiles of each daily metric. {@code
 * replicates} is how many runs the row is computed from: the scenario's replications, minus the
 * runs that failed.
 */
public final class DailyCsv {
  private static final String[] STATISTICS = {"mean", "p5", "p50", "p95"};

  private DailyCsv() {}

  public static String header() {
    List<String> cells = new ArrayList<>(List.of("point", "arm", "brand", "day", "replicates"));
    for (DailyMetric metric : DailyMetric.values()) {
      for (String statistic : STATISTICS) {
        cells.add(metric.column() + "_" + statistic);
      }
    }
    return Csv.row(cells);
  }

  /** What reading daily.csv found. */
  public enum Reading {
    /** The folder has no daily.csv. */
    MISSING,
    /** Its header is not the one this version writes. */
    NOT_THIS_SWEEP,
    READ
  }

  /**
   * A line of daily.csv, with where it lies in the file.
   *
   * @param cells its cells, or null when it is not a whole row (an unclosed quote, or fewer or more
   *     cells than the header)
   * @param start byte offset of its first byte
   * @param end byte offset just past its newline
   * @param line 1-based line number
   */
  public record Row(List<String> cells, long start, long end, long line) {
    public int point() {
      return Integer.parseInt(cells.get(0));
    }

    public String arm() {
      return cells.get(1);
    }

    public String brand() {
      return cells.get(2);
    }

    public int day() {
      return Integer.parseInt(cells.get(3));
    }

    public int replicates() {
      return Integer.parseInt(cells.get(4));
    }

    /** A statistic of a metric: {@code p5}, say, is {@code statistic} 1 of mean, p5, p50, p95. */
    public double value(DailyMetric metric, int statistic) {
      String cell = cells.get(5 + metric.ordinal() * STATISTICS.length + statistic);
      return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
  }

  /**
   * Reads {@code folder}/daily.csv as a stream, handing each line that ends with its newline to
   * {@code rows} (a last line cut by a kill is left out).
   */
  public static Reading read(Path folder, Consumer<Row> rows) {
    Path file = ResultsFile.DAILY.in(folder);
    if (!Files.exists(file)) {
      return Reading.MISSING;
    }
    try (CsvLines lines = new CsvLines(file)) {
      if (!lines.next() || !lines.terminated() || !(lines.text() + "\n").equals(header())) {
        return Reading.NOT_THIS_SWEEP;
      }
      while (lines.next() && lines.terminated()) {
        List<String> cells = Csv.fields(lines.text());
        rows.accept(
            new Row(
                cells == null || cells.size() != width() ? null : cells,
                lines.start(),
                lines.end(),
                lines.number()));
      }
      return Reading.READ;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Bytes of the header line. */
  static long headerBytes() {
    return header().getBytes(StandardCharsets.UTF_8).length;
  }

  /** Number of cells in every row. */
  static int width() {
    return 5 + DailyMetric.values().length * STATISTICS.length;
  }

  /** The rows of one brand of one (point, arm), day 0 to the horizon. */
  public static void rows(
      StringBuilder out, int point, String arm, String brand, DailyAggregate stats) {
    for (int day = 0; day < stats.days(); day++) {
      out.append(point)
          .append(',')
          .append(Csv.text(arm))
          .append(',')
          .append(Csv.text(brand))
          .append(',')
          .append(day)
          .append(',')
          .append(stats.replicates());
      for (DailyMetric metric : DailyMetric.values()) {
        int m = metric.ordinal();
        out.append(',').append(Csv.number(stats.mean(m, day)));
        out.append(',').append(Csv.number(stats.p5(m, day)));
        out.append(',').append(Csv.number(stats.p50(m, day)));
        out.append(',').append(Csv.number(stats.p95(m, day)));
      }
      out.append('\n');
    }
  }
}
