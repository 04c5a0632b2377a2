package badaboum.report;

import badaboum.language.Language;
import org.jfree.chart.JFreeChart;

/**
 * The frame of the strategist's pages (calibration.html, optimisation.html): one self-contained
 * file, inline CSS and SVG, no script, no network, the look of report.html. Everything that comes
 * from a file or the command line is escaped.
 */
final class PageShell {
  private final StringBuilder out = new StringBuilder(1 << 18);

  PageShell(String title, String kicker, Language language) {
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.tag())
        .append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>")
        .append(Html.escape(title))
        .append(" · badaboum</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n<header>\n<p class=\"kicker\">")
        .append(Html.escape(kicker))
        .append("</p>\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n</header>\n");
  }

  static final String CSS =
      """
      *{box-sizing:border-box}
      html{font-size:18px}
      body{margin:0;color:#222;background:#fff;line-height:1.5;\
      font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif}
      main{max-width:1100px;margin:0 auto;padding:1.2rem 1.5rem 3rem}
      h1{font-size:2.1rem;line-height:1.2;margin:.3em 0 .4em}
      h2{font-size:1.5rem;border-bottom:3px solid #222;padding-bottom:.15em;margin-top:2.2rem}
      .kicker{text-transform:uppercase;letter-spacing:.08em;color:#555;font-size:.85rem;margin:0}
      .lead{font-size:1.3rem;line-height:1.45}
      .status{padding:.7em 1em;border-left:8px solid #0072B2;background:#EEF5FB}
      .status.warn{border-left-color:#D55E00;background:#FDF0E6}
      .note{color:#555;font-size:.95rem}
      figure{margin:1.6rem 0}
      figure svg{width:100%;height:auto;display:block}
      figcaption{color:#444;font-size:1rem;margin-top:.3em}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;width:100%;font-size:1rem;font-variant-numeric:tabular-nums}
      th,td{padding:.4em .6em;border-bottom:1px solid #ddd;text-align:right;vertical-align:top}
      th{border-bottom:2px solid #222}
      th:first-child,td:first-child{text-align:left}
      td small,th small{display:block;color:#666;font-weight:normal;font-size:.8rem}
      pre{white-space:pre-wrap;word-break:break-word;background:#F5F5F5;padding:1em;font-size:.85rem}
      code{font-size:.9em}
      @media (max-width:640px){html{font-size:16px}}
      """;

  PageShell h2(String id, String title) {
    out.append("<h2 id=\"").append(id).append("\">").append(Html.escape(title)).append("</h2>\n");
    return this;
  }

  /** A paragraph of escaped text with a class ("lead", "note", "status", "status warn"). */
  PageShell paragraph(String cssClass, String text) {
    out.append("<p class=\"")
        .append(cssClass)
        .append("\">")
        .append(Html.escape(text))
        .append("</p>\n");
    return this;
  }

  PageShell figure(String id, JFreeChart chart, String caption) {
    out.append("<figure id=\"")
        .append(id)
        .append("\">\n")
        .append(Svg.of(chart, id + "-svg", ChartStyle.WIDTH, ChartStyle.HEIGHT))
        .append("\n<figcaption>")
        .append(Html.escape(caption))
        .append("</figcaption>\n</figure>\n");
    return this;
  }

  /** A table: the header cells and rows of escaped text; the first column is left aligned. */
  PageShell table(java.util.List<String> header, java.util.List<java.util.List<String>> rows) {
    out.append("<div class=\"scroll\"><table>\n<thead><tr>");
    header.forEach(h -> out.append("<th>").append(Html.escape(h)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (java.util.List<String> row : rows) {
      out.append("<tr>");
      row.forEach(c -> out.append("<td>").append(Html.escape(c)).append("</td>"));
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
    return this;
  }

  PageShell pre(String text) {
    out.append("<pre>").append(Html.escape(text)).append("</pre>\n");
    return this;
  }

  String end() {
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }
}
