package badaboum.results;

import badaboum.sweep.SweepPlan;
import badaboum.sweep.design.DesignPoint;
import badaboum.sweep.design.PointTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * points.csv: each design point of a sweep, written before its first run, so that what the sweep
 * varied is data in the folder and the report never rebuilds the design. Columns: {@code point},
 * one column per varied parameter (its exact value, as in runs.csv), then what the sensitivity
 * analysis needs to know of the point:
 *
 * <ul>
 *   <li>sobol: {@code matrix} (A, B or AB, Saltelli's scheme), {@code base_sample}, and {@code
 *       column_from_b} (for AB, the parameter whose column comes from B);
 *   <li>morris: {@code trajectory}, {@code step}, {@code changed} (the parameter changed to reach
 *       the point; empty at step 0) and {@code delta} (its change in normalised units).
 * </ul>
 */
public final class PointsCsv {
  private static final List<String> SOBOL = List.of("matrix", "base_sample", "column_from_b");
  private static final List<String> MORRIS = List.of("trajectory", "step", "changed", "delta");

  private PointsCsv() {}

  static String header(String design, List<String> factors) {
    List<String> cells = new ArrayList<>(List.of("point"));
    factors.forEach(path -> cells.add(Csv.text(path)));
    cells.addAll(tagColumns(design));
    return Csv.row(cells);
  }

  private static List<String> tagColumns(String design) {
    return switch (design) {
      case "sobol" -> SOBOL;
      case "morris" -> MORRIS;
      default -> List.of();
    };
  }

  /** Writes the plan's points into {@code folder}, streaming (a grid may have a million). */
  static void write(Path folder, SweepPlan plan) throws IOException {
    List<String> factors = plan.layout().variedPaths();
    Path file = ResultsFile.POINTS.in(folder);
    try (AppendFile out = new AppendFile(file)) {
      StringBuilder rows = new StringBuilder(header(plan.design(), factors));
      for (int p = 0; p < plan.layout().points(); p++) {
        DesignPoint point = plan.point(p);
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(p));
        for (String path : factors) {
          cells.add(Csv.text(RunsCsv.value(point.values().get(path))));
        }
        cells.addAll(tagCells(point.tag(), factors));
        rows.append(Csv.row(cells));
        if (rows.length() > 1 << 16) {
          out.write(rows);
          rows.setLength(0);
        }
      }
      out.write(rows);
    }
  }

  private static List<String> tagCells(PointTag tag, List<String> factors) {
    if (tag instanceof PointTag.Sobol sobol) {
      return List.of(
          sobol.role().name(),
          Integer.toString(sobol.base()),
          sobol.factor() < 0 ? "" : Csv.text(factors.get(sobol.factor())));
    }
    if (tag instanceof PointTag.Morris morris) {
      return List.of(
          Integer.toString(morris.trajectory()),
          Integer.toString(morris.step()),
          morris.changedFactor() < 0 ? "" : Csv.text(factors.get(morris.changedFactor())),
          RunsCsv.value(morris.delta()));
    }
    return List.of();
  }

  /**
   * The design points of {@code folder}/points.csv, their values as written and their tags.
   *
   * @throws ResultsException when the file is missing, or is not this design's
   */
  public static List<DesignPoint> read(Path folder, String design, List<String> factors) {
    Path file = ResultsFile.POINTS.in(folder);
    if (!Files.exists(file)) {
      throw new ResultsException(
          folder + " has no " + file.getFileName() + " (a folder of an older badaboum)");
    }
    List<DesignPoint> points = new ArrayList<>();
    try (CsvLines lines = new CsvLines(file)) {
      if (!lines.next() || !(lines.text() + "\n").equals(header(design, factors))) {
        throw new ResultsException(file + ": its header is not that of this " + design + " sweep");
      }
      while (lines.next()) {
        List<String> cells = Csv.fields(lines.text());
        if (!lines.terminated()
            || cells == null
            || cells.size() != 1 + factors.size() + tagColumns(design).size()) {
          throw new ResultsException(file + ":" + lines.number() + ": not a whole row");
        }
        points.add(point(cells, design, factors, file, lines.number()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return points;
  }

  private static DesignPoint point(
      List<String> cells, String design, List<String> factors, Path file, long line) {
    try {
      int index = Integer.parseInt(cells.get(0));
      Map<String, Object> values = new LinkedHashMap<>();
      for (int f = 0; f < factors.size(); f++) {
        values.put(factors.get(f), cells.get(1 + f));
      }
      List<String> tag = cells.subList(1 + factors.size(), cells.size());
      PointTag parsed =
          switch (design) {
            case "sobol" ->
                new PointTag.Sobol(
                    PointTag.Sobol.Role.valueOf(tag.get(0)),
                    Integer.parseInt(tag.get(1)),
                    tag.get(2).isEmpty() ? -1 : factor(factors, tag.get(2)));
            case "morris" ->
                new PointTag.Morris(
                    Integer.parseInt(tag.get(0)),
                    Integer.parseInt(tag.get(1)),
                    tag.get(2).isEmpty() ? -1 : factor(factors, tag.get(2)),
                    Double.parseDouble(tag.get(3)));
            default -> PointTag.None.INSTANCE;
          };
      return new DesignPoint(index, values, parsed);
    } catch (IllegalArgumentException e) {
      throw new ResultsException(file + ":" + line + ": " + e.getMessage());
    }
  }

  private static int factor(List<String> factors, String path) {
    int index = factors.indexOf(path);
    if (index < 0) {
      throw new IllegalArgumentException(path + " is not a varied parameter");
    }
    return index;
  }
}
