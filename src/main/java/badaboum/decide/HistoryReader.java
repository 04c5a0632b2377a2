package badaboum.decide;

import badaboum.results.Csv;
import badaboum.scenario.DidYouMean;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a page's daily history: a CSV file (comma or semicolon separated) with a header row, a
 * {@code date} (ISO, 2012-03-01) or {@code day} (0, 1, 2 ...) column and any of the {@link
 * HistoryColumn}s, by their names or those of page-analytics exports. A second header row of
 * descriptions, as such exports write under the names, is skipped. Days may be missing and rows in
 * any order; a cell may be empty. Every problem is reported at once, with its line and column.
 */
public final class HistoryReader {
  private static final int DATE = -1;
  private static final int DAY = -2;

  private HistoryReader() {}

  /**
   * Reads {@code file}; unknown columns are an error unless {@code skipUnknown}, when they are
   * listed in {@code skipped}.
   *
   * @throws HistoryException with every problem
   */
  public static History read(Path file, boolean skipUnknown, List<String> skipped) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new HistoryException(List.of(file + ": no such file"));
    } catch (IOException e) {
      throw new HistoryException(List.of(file + ": cannot be read as UTF-8 text: " + e));
    }
    return parse(file.toString(), text, skipUnknown, skipped);
  }

  static History parse(String label, String text, boolean skipUnknown, List<String> skipped) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a spreadsheet's byte order mark
    }
    List<String> lines = text.lines().toList();
    List<String> problems = new ArrayList<>();
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new HistoryException(List.of(label + ":1: the file is empty; it needs a header row"));
    }
    char separator = lines.get(0).indexOf(';') >= 0 && lines.get(0).indexOf(',') < 0 ? ';' : ',';
    List<String> header = fields(lines.get(0), separator);
    int[] role = new int[header.size()];
    HistoryColumn[] columns = new HistoryColumn[header.size()];
    int time = -1;
    Map<HistoryColumn, Integer> seen = new EnumMap<>(HistoryColumn.class);
    for (int c = 0; c < header.size(); c++) {
      String name = HistoryColumn.normal(header.get(c));
      role[c] = 0;
      if (name.equals("date") || name.equals("day")) {
        role[c] = name.equals("date") ? DATE : DAY;
        if (time >= 0) {
          problems.add(at(label, 1, c + 1, "a second date or day column; keep one"));
        }
        time = c;
        continue;
      }
      HistoryColumn column = HistoryColumn.named(header.get(c));
      if (column == null) {
        if (skipUnknown || name.isEmpty()) {
          skipped.add(header.get(c));
          continue;
        }
        problems.add(at(label, 1, c + 1, unknown(header.get(c))));
        continue;
      }
      if (seen.containsKey(column)) {
        problems.add(
            at(
                label,
                1,
                c + 1,
                "'"
                    + header.get(c)
                    + "' is "
                    + column.column()
                    + " again (column "
                    + (seen.get(column) + 1)
                    + " too); keep one"));
        continue;
      }
      seen.put(column, c);
      columns[c] = column;
    }
    if (time < 0) {
      problems.add(
          at(
              label,
              1,
              1,
              "no date or day column: name one column date (2012-03-01) or day (0, 1,"
                  + " 2 ...)"));
    }
    if (seen.keySet().stream().noneMatch(HistoryColumn::fitted)) {
      problems.add(
          at(
              label,
              1,
              1,
              "no column to fit: give at least one of followers, new_followers,"
                  + " unfollows, reactions, reach"));
    }
    if (!problems.isEmpty()) {
      throw new HistoryException(problems);
    }
    TreeMap<Long, double[]> rows = new TreeMap<>();
    Map<Long, Integer> lineOfDay = new TreeMap<>();
    LocalDate first = null;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = i + 1;
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = fields(line, separator);
      if (cells == null) {
        problems.add(at(label, number, 1, "a quote is not closed"));
        continue;
      }
      if (cells.size() != header.size()) {
        problems.add(
            at(
                label,
                number,
                Math.min(cells.size(), header.size()) + 1,
                cells.size() + " cells for " + header.size() + " columns"));
        continue;
      }
      String when = cells.get(time).strip();
      Long key = null;
      if (role[time] == DATE) {
        try {
          LocalDate date = LocalDate.parse(when);
          key = date.toEpochDay();
          first = first == null || date.isBefore(first) ? date : first;
        } catch (DateTimeParseException e) {
          if (i == 1) {
            continue; // a row of descriptions under the names
          }
          problems.add(
              at(
                  label,
                  number,
                  time + 1,
                  "'" + when + "' is not a date; write it as 2012-03-01 (year-month-day)"));
          continue;
        }
      } else {
        try {
          key = Long.parseLong(when);
          if (key < 0) {
            problems.add(at(label, number, time + 1, "day " + when + " is before day 0"));
            continue;
          }
        } catch (NumberFormatException e) {
          if (i == 1) {
            continue;
          }
          problems.add(
              at(label, number, time + 1, "'" + when + "' is not a day number (0, 1, 2 ...)"));
          continue;
        }
      }
      if (lineOfDay.containsKey(key)) {
        problems.add(
            at(
                label,
                number,
                time + 1,
                "'"
                    + when
                    + "' again (line "
                    + lineOfDay.get(key)
                    + " has it too); keep one row a"
                    + " day"));
        continue;
      }
      lineOfDay.put(key, number);
      double[] values = new double[HistoryColumn.values().length];
      java.util.Arrays.fill(values, Double.NaN);
      for (int c = 0; c < cells.size(); c++) {
        if (columns[c] == null) {
          continue;
        }
        String cell = cells.get(c).strip();
        if (cell.isEmpty()) {
          continue;
        }
        try {
          double v = Double.parseDouble(cell);
          if (!Double.isFinite(v) || v < 0) {
            problems.add(
                at(
                    label,
                    number,
                    c + 1,
                    header.get(c) + " is " + cell + "; a count of at least 0 is expected"));
          }
          values[columns[c].ordinal()] = v;
        } catch (NumberFormatException e) {
          problems.add(
              at(
                  label,
                  number,
                  c + 1,
                  header.get(c)
                      + " is '"
                      + cell
                      + "', not a number (write 1234 or 12.5: no"
                      + " thousands separator, a point for decimals)"));
        }
      }
      rows.put(key, values);
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(at(label, lines.size(), 1, "no row of data under the header"));
    }
    if (!problems.isEmpty()) {
      throw new HistoryException(problems);
    }
    // dates count from the first; day numbers are the scenario's days as written
    long origin = role[time] == DATE ? rows.firstKey() : 0;
    int last = (int) (rows.lastKey() - origin);
    Map<HistoryColumn, double[]> values = new EnumMap<>(HistoryColumn.class);
    for (HistoryColumn column : seen.keySet()) {
      double[] series = new double[last + 1];
      java.util.Arrays.fill(series, Double.NaN);
      for (Map.Entry<Long, double[]> e : rows.entrySet()) {
        series[(int) (e.getKey() - origin)] = e.getValue()[column.ordinal()];
      }
      values.put(column, series);
    }
    return new History(first == null ? "" : first.toString(), last, values);
  }

  private static List<String> fields(String line, char separator) {
    if (separator == ',') {
      return Csv.fields(line);
    }
    List<String> swapped = Csv.fields(line.replace(',', '\u0000').replace(separator, ','));
    return swapped == null ? null : swapped.stream().map(s -> s.replace('\u0000', ',')).toList();
  }

  private static String unknown(String header) {
    List<String> names = new ArrayList<>(List.of("date", "day"));
    for (HistoryColumn c : HistoryColumn.values()) {
      names.add(c.column());
      names.addAll(c.aliases());
    }
    String best = DidYouMean.suggest(HistoryColumn.normal(header), names);
    return "unknown column '"
        + header
        + "'"
        + (best == null ? "" : "; did you mean " + best + "?")
        + " Columns read: date or day, followers, new_followers, unfollows, reactions, reach,"
        + " posts (or their page-analytics names, e.g. Lifetime Total Likes, Daily New Likes);"
        + " rename or remove it, or give --skip-unknown-columns";
  }

  private static String at(String label, int line, int column, String message) {
    return label + ":" + line + ":" + column + ": " + message;
  }
}
