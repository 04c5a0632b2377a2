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
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A sweep's daily.csv: one row per (point, arm, brand, day) with, across the replicates of that
 * (point, arm), the mean and the 5th, 50th and 95th percentiles of each daily metric. {@code
 * replicates} is how many runs the row is computed from: the scenario's replications, minus the
 * runs that failed. A market with several platforms has a {@code platform} column after {@code
 * brand} ({@link BrandColumns}); a reader takes both shapes.
 */
public final class DailyCsv {
  private static final String[] STATISTICS = {"mean", "p5", "p50", "p95"};

  private final BrandColumns columns;

  public DailyCsv(BrandColumns columns) {
    this.columns = columns;
  }

  /**
   * The daily.csv that {@code file} already is, written on in the shape of its header (labels as
   * the model gives them in {@code brand} when it has no platform column); empty when it is missing
   * or its header is no daily.csv's.
   */
  static Optional<DailyCsv> continuing(Path file, BrandColumns columns) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (CsvLines lines = new CsvLines(file)) {
      if (!lines.next() || !lines.terminated()) {
        return Optional.empty();
      }
      Boolean platform = platformColumn(lines.text() + "\n");
      if (platform == null) {
        return Optional.empty();
      }
      return Optional.of(
          new DailyCsv(
              platform == columns.hasPlatform()
                  ? columns
                  : new BrandColumns(platform, columns.platforms())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public String header() {
    return header(columns.hasPlatform());
  }

  private static String header(boolean platform) {
    List<String> cells = new ArrayList<>(List.of("point", "arm", "brand"));
    if (platform) {
      cells.add("platform");
    }
    cells.addAll(List.of("day", "replicates"));
    for (DailyMetric metric : DailyMetric.values()) {
      for (String statistic : STATISTICS) {
        cells.add(metric.column() + "_" + statistic);
      }
    }
    return Csv.row(cells);
  }

  /** Whether a header line has the platform column; null when it is no daily.csv's header. */
  private static Boolean platformColumn(String header) {
    if (header.equals(header(false))) {
      return false;
    }
    return header.equals(header(true)) ? true : null;
  }

  /** What reading daily.csv found. */
  public enum Reading {
    /** The folder has no daily.csv. */
    MISSING,
    /** Its header is not one this version writes. */
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
   * @param platformColumn whether the file has a platform column
   */
  public record Row(List<String> cells, long start, long end, long line, boolean platformColumn) {
    public int point() {
      return Integer.parseInt(cells.get(0));
    }

    public String arm() {
      return cells.get(1);
    }

    /** The brand's name (a file without a platform column: brand@platform for a page). */
    public String brand() {
      return cells.get(2);
    }

    /**
     * The platform, {@value BrandColumns#ALL_PLATFORMS} for the brand's total; empty when the file
     * has no platform column.
     */
    public String platform() {
      return platformColumn ? cells.get(3) : "";
    }

    public int day() {
      return Integer.parseInt(cells.get(first() - 2));
    }

    public int replicates() {
      return Integer.parseInt(cells.get(first() - 1));
    }

    /** A statistic of a metric: {@code p5}, say, is {@code statistic} 1 of mean, p5, p50, p95. */
    public double value(DailyMetric metric, int statistic) {
      String cell = cells.get(first() + metric.ordinal() * STATISTICS.length + statistic);
      return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** The first value's column. */
    private int first() {
      return platformColumn ? 6 : 5;
    }
  }

  /**
   * Reads {@code folder}/daily.csv, of either shape, as a stream, handing each line that ends with
   * its newline to {@code rows} (a last line cut by a kill is left out).
   */
  public static Reading read(Path folder, Consumer<Row> rows) {
    Path file = ResultsFile.DAILY.in(folder);
    if (!Files.exists(file)) {
      return Reading.MISSING;
    }
    try (CsvLines lines = new CsvLines(file)) {
      Boolean platform =
          lines.next() && lines.terminated() ? platformColumn(lines.text() + "\n") : null;
      if (platform == null) {
        return Reading.NOT_THIS_SWEEP;
      }
      int width = width(platform);
      while (lines.next() && lines.terminated()) {
        List<String> cells = Csv.fields(lines.text());
        rows.accept(
            new Row(
                cells == null || cells.size() != width ? null : cells,
                lines.start(),
                lines.end(),
                lines.number(),
                platform));
      }
      return Reading.READ;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Bytes of the header line. */
  long headerBytes() {
    return header().getBytes(StandardCharsets.UTF_8).length;
  }

  /** Bytes of the header line of {@code file}, of either shape; 0 when it has none. */
  static long headerBytes(Path file) {
    return continuing(file, BrandColumns.BRAND_ONLY).map(DailyCsv::headerBytes).orElse(0L);
  }

  /** Number of cells in every row. */
  int width() {
    return width(columns.hasPlatform());
  }

  private static int width(boolean platform) {
    return (platform ? 6 : 5) + DailyMetric.values().length * STATISTICS.length;
  }

  /** The rows of one brand (or page) of one (point, arm), day 0 to the horizon. */
  public void rows(StringBuilder out, int point, String arm, String brand, DailyAggregate stats) {
    List<String> whose = columns.cells(brand);
    for (int day = 0; day < stats.days(); day++) {
      out.append(point).append(',').append(Csv.text(arm));
      for (String cell : whose) {
        out.append(',').append(cell);
      }
      out.append(',').append(day).append(',').append(stats.replicates());
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
