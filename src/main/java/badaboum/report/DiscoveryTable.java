package badaboum.report;

import badaboum.language.Messages;
import badaboum.results.Csv;
import badaboum.results.ResultsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * discovery.csv, which {@code badaboum discover} writes into a sweep's folder: the peeling
 * trajectory of each box PRIM found for one arm and one outcome, and the report's section that says
 * the chosen boxes in words. One discovery per folder: a new one replaces the last.
 *
 * <p>Columns: {@code arm, outcome, box} (1, 2, ... in covering order), {@code step} (0 is the box
 * of every case still in play), {@code runs} (runs in the box), {@code support, coverage, density},
 * {@code chosen} (1 on the step PRIM chose), {@code quasi_p} (on a chosen step: each restricted
 * parameter's quasi-p-value, {@code path=p;...}), then one column per varied parameter: its range
 * in the box, {@code LOW:HIGH}, or the levels kept, {@code a|b}.
 */
public final class DiscoveryTable {
  static final List<String> FIXED =
      List.of(
          "arm",
          "outcome",
          "box",
          "step",
          "runs",
          "support",
          "coverage",
          "density",
          "chosen",
          "quasi_p");

  /**
   * One step of a trajectory.
   *
   * @param bounds per parameter: {@code LOW:HIGH} or {@code a|b}
   * @param quasiP per parameter, NaN where not restricted or not a chosen step
   */
  public record Step(
      int box,
      int step,
      int runs,
      double support,
      double coverage,
      double density,
      boolean chosen,
      double[] quasiP,
      List<String> bounds) {}

  /**
   * A discovery.
   *
   * @param runs the arm's ok runs
   * @param hits those with the outcome
   * @param method how PRIM ran, in words
   */
  public record Discovery(
      String arm,
      String outcome,
      int runs,
      int hits,
      String method,
      List<String> parameters,
      List<Step> steps) {}

  private DiscoveryTable() {}

  public static String csv(Discovery d) {
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(FIXED);
    d.parameters().forEach(p -> header.add(Csv.text(p)));
    out.append(Csv.row(header));
    for (Step s : d.steps()) {
      List<String> cells = new ArrayList<>();
      cells.add(Csv.text(d.arm()));
      cells.add(Csv.text(d.outcome()));
      cells.add(Integer.toString(s.box()));
      cells.add(Integer.toString(s.step()));
      cells.add(Integer.toString(s.runs()));
      cells.add(Csv.number(s.support()));
      cells.add(Csv.number(s.coverage()));
      cells.add(Csv.number(s.density()));
      cells.add(s.chosen() ? "1" : "0");
      List<String> p = new ArrayList<>();
      for (int j = 0; j < d.parameters().size(); j++) {
        if (!Double.isNaN(s.quasiP()[j])) {
          p.add(d.parameters().get(j) + "=" + Csv.number(s.quasiP()[j]));
        }
      }
      cells.add(Csv.text(String.join(";", p)));
      s.bounds().forEach(b -> cells.add(Csv.text(b)));
      out.append(Csv.row(cells));
    }
    return out.toString();
  }

  /** The sentences of the chosen boxes, read back from a folder's discovery.csv; empty if none. */
  static List<String> sentences(Path folder, Messages m) {
    Path file = ResultsFile.DISCOVERY.in(folder);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return sentences(Files.readString(file, StandardCharsets.UTF_8), m);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The sentences of a discovery's chosen boxes, for the terminal. */
  public static List<String> sentencesOf(Discovery d, Messages m) {
    return sentences(csv(d), m);
  }

  private static List<String> sentences(String text, Messages m) {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> header = Csv.fields(lines.get(0));
    if (header == null
        || header.size() < FIXED.size()
        || !header.subList(0, FIXED.size()).equals(FIXED)) {
      return List.of(m.format("discovery.notOurs", ResultsFile.DISCOVERY));
    }
    List<String> parameters = header.subList(FIXED.size(), header.size());
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = Csv.fields(line);
      if (cells != null && cells.size() == header.size()) {
        rows.add(cells);
      }
    }
    List<String> out = new ArrayList<>();
    for (List<String> row : rows) {
      if (row.get(8).equals("1")) {
        List<String> start = startOf(rows, row.get(2));
        out.add(sentence(row, start, parameters, m));
      }
    }
    return out;
  }

  private static List<String> startOf(List<List<String>> rows, String box) {
    for (List<String> row : rows) {
      if (row.get(2).equals(box) && row.get(3).equals("0")) {
        return row;
      }
    }
    return null;
  }

  /** "cancelled in 92% of boum's runs when management.kpi is fans and management.patience ≤ 2". */
  static String sentence(
      List<String> row, List<String> start, List<String> parameters, Messages m) {
    List<String> when = new ArrayList<>();
    for (int j = 0; j < parameters.size(); j++) {
      String here = row.get(FIXED.size() + j);
      String all = start == null ? "" : start.get(FIXED.size() + j);
      if (!here.equals(all)) {
        when.add(words(parameters.get(j), here, all, m));
      }
    }
    Numbers n = new Numbers(m);
    String density = n.percent(Double.parseDouble(row.get(7)));
    String coverage = n.percent(Double.parseDouble(row.get(6)));
    return m.format(
        "discovery.sentence",
        row.get(1),
        density,
        row.get(0),
        when.isEmpty()
            ? m.text("discovery.always")
            : m.format("discovery.when", String.join(m.text("discovery.and"), when)),
        row.get(2),
        n.whole(Long.parseLong(row.get(4))),
        coverage);
  }

  private static String words(String parameter, String here, String all, Messages m) {
    if (here.contains(":") && all.contains(":")) {
      String[] h = here.split(":", -1);
      String[] a = all.split(":", -1);
      boolean low = !h[0].equals(a[0]);
      boolean high = !h[1].equals(a[1]);
      if (low && high) {
        return m.format("discovery.between", parameter, number(h[0], m), number(h[1], m));
      }
      return low
          ? m.format("discovery.atLeast", parameter, number(h[0], m))
          : m.format("discovery.atMost", parameter, number(h[1], m));
    }
    return m.format("discovery.is", parameter, here.replace("|", m.text("discovery.or")));
  }

  /** A bound of discovery.csv to three significant digits, with the language's separator. */
  private static String number(String cell, Messages m) {
    try {
      return m.decimal(
          new java.math.BigDecimal(cell).round(new java.math.MathContext(3)).stripTrailingZeros());
    } catch (NumberFormatException e) {
      return cell;
    }
  }

  /** The section of report.html, or "" when the folder has no discovery. */
  static String section(Path folder, Messages m) {
    List<String> sentences = sentences(folder, m);
    if (sentences.isEmpty()) {
      return "";
    }
    StringBuilder out =
        new StringBuilder("<section id=\"discovery\">\n<h2>")
            .append(Html.escape(m.text("discovery")))
            .append("</h2>\n<ul>\n");
    sentences.forEach(s -> out.append("<li>").append(Html.escape(s)).append("</li>\n"));
    out.append("</ul>\n<p class=\"note\">")
        .append(Html.escape(m.text("discovery.note")))
        .append("</p>\n</section>\n");
    return out.toString();
  }
}
