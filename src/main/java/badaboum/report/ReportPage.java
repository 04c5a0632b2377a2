package badaboum.report;

import badaboum.analysis.PairedComparison;
import badaboum.analysis.Summary;
import badaboum.language.Messages;
import badaboum.report.SensitivityDesign.FactorSensitivity;
import badaboum.result.DailyMetric;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * report.html: one self-contained page (inline CSS and SVG, no script, no external URL), in the
 * order a strategist reads it: the verdict, the charts, the table of summary metrics, the scenario,
 * and a reproducibility appendix. Written as well-formed XHTML-compatible HTML5, so an XML parser
 * reads it. Everything that comes from the scenario or the files is escaped. Its words are the
 * language's messages ({@code report.*}), its numbers formatted for that language.
 */
final class ReportPage {
  /** Points up to which the report lists each point of a design in a table. */
  static final int POINTS_LISTED = 60;

  private final SweepResults r;
  private final SweepLayout layout;
  private final Scope scope;
  private final List<Sentence> verdict;
  private final Messages m;
  private final Numbers n;
  private final StringBuilder out = new StringBuilder(1 << 20);

  private ReportPage(SweepResults results, List<Sentence> verdict, Messages messages) {
    this.r = results;
    this.layout = results.layout();
    this.scope = Scope.headline(layout);
    this.verdict = verdict;
    this.m = messages;
    this.n = new Numbers(messages);
  }

  static String render(SweepResults results, List<Sentence> verdict, Messages messages) {
    return new ReportPage(results, verdict, messages).page();
  }

  private String page() {
    String name = r.manifest().scenario() == null ? "sweep" : r.manifest().scenario();
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(m.language().tag())
        .append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>")
        .append(Html.escape(m.format("report.title", name)))
        .append("</title>\n<style>\n")
        .append(css())
        .append("</style>\n</head>\n<body>\n<main>\n");
    header(name);
    verdict();
    charts();
    metrics();
    points();
    ReportAppendix end = new ReportAppendix(r, out, m);
    end.scenario();
    end.appendix();
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private String css() {
    StringBuilder css =
        new StringBuilder(
            """
            *{box-sizing:border-box}
            html{font-size:18px}
            body{margin:0;color:#222;background:#fff;line-height:1.5;\
            font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif}
            main{max-width:1100px;margin:0 auto;padding:1.2rem 1.5rem 3rem}
            h1{font-size:2.3rem;line-height:1.2;margin:.3em 0 .2em}
            h2{font-size:1.6rem;border-bottom:3px solid #222;padding-bottom:.15em;margin-top:2.4rem}
            h3{font-size:1.25rem;margin-top:1.6rem}
            .kicker{text-transform:uppercase;letter-spacing:.08em;color:#555;font-size:.85rem;margin:0}
            .lede{font-size:1.25rem;color:#444;margin:.3em 0 1em}
            .status{padding:.7em 1em;border-left:8px solid #0072B2;background:#EEF5FB;\
            font-size:1.05rem}
            .status.warn{border-left-color:#D55E00;background:#FDF0E6}
            #verdict ul{font-size:1.4rem;line-height:1.45;padding-left:1.1em;margin:.6em 0}
            #verdict li{margin:.55em 0}
            .fig{font-weight:700;white-space:nowrap}
            .note{color:#555;font-size:.95rem}
            .notes{white-space:pre-line}
            .said{font-style:italic}
            figure{margin:1.6rem 0;break-inside:avoid;page-break-inside:avoid}
            figure svg{width:100%;height:auto;display:block}
            figcaption{color:#444;font-size:1rem;margin-top:.3em}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;width:100%;font-size:1rem;font-variant-numeric:tabular-nums}
            th,td{padding:.4em .6em;border-bottom:1px solid #ddd;text-align:right;vertical-align:top}
            th{border-bottom:2px solid #222}
            th:first-child,td:first-child{text-align:left}
            td small,th small{display:block;color:#666;font-weight:normal;font-size:.8rem}
            pre{white-space:pre-wrap;word-break:break-word;background:#F5F5F5;padding:1em;\
            font-size:.85rem}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.35em 1.2em}
            dt{font-weight:600}
            dd{margin:0;overflow-wrap:anywhere}
            code{font-size:.9em}
            @media (max-width:640px){html{font-size:16px}#verdict ul{font-size:1.2rem}\
            dl{grid-template-columns:1fr}dd{margin-bottom:.5em}}
            @media print{html{font-size:11pt}main{max-width:none;padding:0}\
            h2{break-after:avoid}.scroll{overflow:visible}}
            """);
    for (int a = 0; a < layout.arms().size(); a++) {
      css.append(".a").append(a).append("{color:").append(ChartStyle.css(a)).append("}\n");
    }
    return css.toString();
  }

  private void header(String name) {
    out.append("<header>\n<p class=\"kicker\">")
        .append(Html.escape(m.text("report.kicker")))
        .append("</p>\n<h1>")
        .append(Html.escape(name))
        .append("</h1>\n");
    String description = r.scenario().words("description", m.locale());
    if (!description.isEmpty()) {
      out.append("<p class=\"lede\">").append(Html.escape(description)).append("</p>\n");
    }
    out.append("<p class=\"")
        .append(r.complete() && r.runs().failedCount() == 0 ? "status" : "status warn")
        .append("\">")
        .append(Html.escape(Report.statusLine(r, m)))
        .append("</p>\n</header>\n");
  }

  private void verdict() {
    out.append("<section id=\"verdict\">\n<h2>")
        .append(Html.escape(m.text("report.verdict")))
        .append("</h2>\n<ul>\n");
    for (Sentence s : verdict) {
      out.append("<li>").append(s.html()).append("</li>\n");
    }
    out.append("</ul>\n<p class=\"note\">")
        .append(Html.escape(m.text("report.verdict.note")))
        .append("</p>\n</section>\n");
  }

  private void charts() {
    out.append("<section id=\"charts\">\n<h2>")
        .append(Html.escape(m.text("report.overTime")))
        .append("</h2>\n");
    DailySeries daily = r.daily();
    if (daily == null) {
      out.append("<p class=\"note\">")
          .append(Html.escape(m.text("report.noDaily")))
          .append("</p>\n");
    } else {
      String band = m.text(daily.pooled() ? "report.band.points" : "report.band.runs");
      Scope all = Scope.headline(layout);
      int shortest = r.horizons().shortest(all, layout);
      if (shortest != r.horizons().longest(all, layout)) {
        band += m.format("report.band.days", n.whole(shortest));
      }
      Charts charts = new Charts(m);
      for (DailyMetric metric : DAILY_CHARTS) {
        String caption =
            metric == DailyMetric.ENGAGEMENT_RATE ? band + m.text("report.band.engagement") : band;
        String key = "chart.daily." + metric.column();
        figure(
            "c-" + metric.column(),
            charts.daily(layout, daily, metric, m.text(key), m.text(key + ".axis")),
            caption);
      }
    }
    out.append("<h2>").append(Html.escape(m.text("report.outcomes"))).append("</h2>\n");
    Charts charts = new Charts(m);
    figure(
        "c-survival",
        charts.survival(layout, r.survival(), scope),
        m.text("report.survival.caption"));
    figure(
        "c-final-active",
        charts.distribution(
            layout, r.runs(), scope, SummaryMetric.FINAL_ACTIVE, m.text("chart.finalActive")),
        m.text("report.distribution.caption"));
    sensitivity();
    out.append("</section>\n");
  }

  /** The daily metrics charted, in order. */
  private static final List<DailyMetric> DAILY_CHARTS =
      List.of(
          DailyMetric.FANS,
          DailyMetric.ACTIVE,
          DailyMetric.ENGAGEMENT_RATE,
          DailyMetric.SENTIMENT,
          DailyMetric.SPEND);

  private void figure(String id, JFreeChart chart, String caption) {
    figure(id, chart, caption, ChartStyle.HEIGHT);
  }

  private void figure(String id, JFreeChart chart, String caption, int height) {
    out.append("<figure id=\"")
        .append(id)
        .append("\">\n")
        .append(Svg.of(chart, id + "-svg", ChartStyle.WIDTH, height))
        .append("\n<figcaption>")
        .append(Html.escape(caption))
        .append("</figcaption>\n</figure>\n");
  }

  private void sensitivity() {
    if (!r.sensitivityNote().isEmpty()) {
      out.append("<h2>")
          .append(Html.escape(m.text("report.sensitivity")))
          .append("</h2>\n<p class=\"note\">")
          .append(Html.escape(r.sensitivityNote()))
          .append(".</p>\n");
      return;
    }
    SensitivityTable table = r.sensitivity();
    if (table == null) {
      return;
    }
    boolean sobol = table.design().equals("sobol");
    out.append("<h2 id=\"sensitivity\">")
        .append(Html.escape(m.text("report.sensitivity.title")))
        .append("</h2>\n<p>")
        .append(Html.escape(m.text(sobol ? "report.sobol.intro" : "report.morris.intro")))
        .append("</p>\n");
    Charts charts = new Charts(m);
    for (int arm = 0; arm < layout.arms().size(); arm++) {
      for (SummaryMetric metric : List.of(SummaryMetric.FINAL_ACTIVE, SummaryMetric.CANCELLED)) {
        SensitivityTable.Entry entry = table.get(arm, metric);
        String title =
            m.format("report.sensitivity.chart", layout.arms().get(arm), meaning(metric));
        if (entry.factors().isEmpty()) {
          out.append("<p class=\"note\">")
              .append(Html.escape(m.format("report.sensitivity.skipped", title, entry.note())))
              .append("</p>\n");
          continue;
        }
        JFreeChart chart =
            sobol
                ? charts.sobolTornado(entry, title, arm)
                : charts.morrisTornado(entry, title, arm);
        int height = Math.max(320, 170 + 70 * entry.factors().size());
        figure(
            "c-sensitivity-" + arm + "-" + metric.column(),
            chart,
            m.text(sobol ? "report.sobol.caption" : "report.morris.caption"),
            height);
        sensitivityTable(entry, sobol);
      }
    }
  }

  /** What a summary metric means, in the page's language. */
  private String meaning(SummaryMetric metric) {
    return m.text("metric." + metric.column());
  }

  private void sensitivityTable(SensitivityTable.Entry entry, boolean sobol) {
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>")
        .append(Html.escape(m.text("report.sensitivity.parameter")))
        .append("</th>");
    if (sobol) {
      out.append("<th>")
          .append(Html.escape(m.text("report.sobol.total")))
          .append("<small>")
          .append(Html.escape(m.text("ci95")))
          .append("</small></th><th>")
          .append(Html.escape(m.text("report.sobol.first")))
          .append("<small>")
          .append(Html.escape(m.text("ci95")))
          .append("</small></th>");
    } else {
      out.append("<th>μ*</th><th>μ</th><th>σ</th><th>")
          .append(Html.escape(m.text("report.morris.effects")))
          .append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (FactorSensitivity f : entry.factors()) {
      out.append("<tr><td><code>").append(Html.escape(f.factor())).append("</code></td>");
      if (sobol) {
        cell(f.total(), f.totalCi95Low(), f.totalCi95High());
        cell(f.firstOrder(), f.firstOrderCi95Low(), f.firstOrderCi95High());
      } else {
        out.append("<td>").append(n.statistic(f.muStar())).append("</td>");
        out.append("<td>").append(n.statistic(f.mu())).append("</td>");
        out.append("<td>").append(n.statistic(f.sigma())).append("</td>");
        out.append("<td>").append(n.whole(f.effects())).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }

  private void cell(double value, double low, double high) {
    out.append("<td>")
        .append(n.statistic(value))
        .append("<small>")
        .append(Html.escape(m.format("report.range", n.statistic(low), n.statistic(high))))
        .append("</small></td>");
  }

  private void metrics() {
    out.append("<section id=\"metrics\">\n<h2>")
        .append(Html.escape(m.text("report.metrics")))
        .append("</h2>\n<p class=\"note\">")
        .append(
            Html.escape(
                (scope.all() ? m.text("report.metrics.pooled") : "")
                    + m.format("report.metrics.note", layout.arms().get(0))))
        .append("</p>\n<div class=\"scroll\"><table>\n<thead><tr><th>")
        .append(Html.escape(m.text("report.metrics.metric")))
        .append("</th>");
    for (int a = 0; a < layout.arms().size(); a++) {
      out.append("<th><span class=\"a")
          .append(a)
          .append("\">")
          .append(Html.escape(layout.arms().get(a)))
          .append("</span><small>")
          .append(Html.escape(m.text("report.metrics.mean")))
          .append("</small></th>");
    }
    for (int a = 1; a < layout.arms().size(); a++) {
      out.append("<th>")
          .append(Html.escape(layout.arms().get(a) + " − " + layout.arms().get(0)))
          .append("<small>")
          .append(Html.escape(m.text("report.metrics.difference")))
          .append("</small></th><th>p</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (SummaryMetric metric : SummaryMetric.values()) {
      out.append("<tr><td>")
          .append(Html.escape(metric.column()))
          .append("<small>")
          .append(Html.escape(meaning(metric)))
          .append("</small></td>");
      for (int a = 0; a < layout.arms().size(); a++) {
        StatisticsTable.Row row = r.statistics().get(scope, a, metric);
        Summary s = row.summary();
        if (s == null) {
          out.append("<td>–</td>");
          continue;
        }
        out.append("<td>").append(n.statistic(s.mean())).append("<small>");
        out.append(
            Html.escape(
                m.format("report.range", n.statistic(s.ci95Low()), n.statistic(s.ci95High()))));
        if (s.n() < row.runs()) {
          out.append(
              Html.escape(
                  m.format("report.metrics.someRuns", n.whole(s.n()), n.whole(row.runs()))));
        }
        out.append("</small></td>");
      }
      for (int a = 1; a < layout.arms().size(); a++) {
        PairedComparison c = r.comparisons().get(scope, a, metric).comparison();
        if (c == null) {
          out.append("<td>–</td><td>–</td>");
          continue;
        }
        out.append("<td>").append(n.statistic(c.meanDifference())).append("<small>");
        out.append(
                Html.escape(
                    m.format("report.range", n.statistic(c.ci95Low()), n.statistic(c.ci95High()))))
            .append("</small></td><td>")
            .append(Html.escape(n.pValue(c.wilcoxonP())))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n</section>\n");
  }

  /** For a design of a few points: the headline results point by point. */
  private void points() {
    if (layout.points() == 1) {
      return;
    }
    out.append("<section id=\"points\">\n<h2>")
        .append(Html.escape(m.text("report.points")))
        .append("</h2>\n");
    if (layout.points() > POINTS_LISTED) {
      out.append("<p class=\"note\">")
          .append(Html.escape(m.format("report.points.tooMany", n.whole(layout.points()))))
          .append("</p>\n</section>\n");
      return;
    }
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>")
        .append(Html.escape(m.text("report.points.point")))
        .append("</th>");
    for (String path : layout.variedPaths()) {
      out.append("<th><code>").append(Html.escape(path)).append("</code></th>");
    }
    // the scenario's primary metric, which the verdict leads with, then cancellations
    SummaryMetric primary = PrimaryMetric.of(r.scenario(), m.locale()).column();
    if (primary == SummaryMetric.CANCELLED) {
      primary = SummaryMetric.FINAL_ACTIVE;
    }
    for (int a = 0; a < layout.arms().size(); a++) {
      out.append("<th><span class=\"a")
          .append(a)
          .append("\">")
          .append(Html.escape(layout.arms().get(a)))
          .append("</span><small>")
          .append(
              Html.escape(
                  m.format("report.points.columns", m.text("notes.metric." + primary.column()))))
          .append("</small></th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int p = 0; p < layout.points(); p++) {
      Scope point = new Scope(p);
      out.append("<tr><td>").append(p).append("</td>");
      List<String> values = r.runs().pointValues(p);
      for (int i = 0; i < layout.variedPaths().size(); i++) {
        out.append("<td>")
            .append(values == null ? "–" : Html.escape(values.get(i)))
            .append("</td>");
      }
      for (int a = 0; a < layout.arms().size(); a++) {
        Summary value = r.statistics().get(point, a, primary).summary();
        SurvivalTable.Row survival = r.survival().get(point, a);
        out.append("<td>")
            .append(value == null ? "–" : n.statistic(value.mean()))
            .append("<small>")
            .append(
                survival.cancelled() == null
                    ? "–"
                    : Html.escape(
                        m.format(
                            "report.points.cancelled", n.percent(survival.cancelled().share()))))
            .append("</small></td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n</section>\n");
  }
}
