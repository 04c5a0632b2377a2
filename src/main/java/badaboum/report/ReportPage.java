package badaboum.report;

import badaboum.analysis.PairedComparison;
import badaboum.analysis.Summary;
import badaboum.report.SensitivityDesign.FactorSensitivity;
import badaboum.result.DailyMetric;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * report.html: one self-contained page (inline CSS and SVG, no script, no external URL), in the
 * order a strategist reads it: the verdict, the charts, the table of summary metrics, the scenario,
 * and a reproducibility appendix. Written as well-formed XHTML-compatible HTML5, so an XML parser
 * reads it. Everything that comes from the scenario or the files is escaped.
 */
final class ReportPage {
  /** Points up to which the report lists each point of a design in a table. */
  static final int POINTS_LISTED = 60;

  private final SweepResults r;
  private final SweepLayout layout;
  private final Scope scope;
  private final List<Sentence> verdict;
  private final StringBuilder out = new StringBuilder(1 << 20);

  private ReportPage(SweepResults results, List<Sentence> verdict) {
    this.r = results;
    this.layout = results.layout();
    this.scope = Scope.headline(layout);
    this.verdict = verdict;
  }

  static String render(SweepResults results, List<Sentence> verdict) {
    return new ReportPage(results, verdict).page();
  }

  private String page() {
    String name = r.manifest().scenario() == null ? "sweep" : r.manifest().scenario();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>")
        .append(Html.escape(name))
        .append(" · badaboum report</title>\n<style>\n")
        .append(css())
        .append("</style>\n</head>\n<body>\n<main>\n");
    header(name);
    verdict();
    out.append(StrategistSections.html(r));
    charts();
    metrics();
    points();
    ReportAppendix end = new ReportAppendix(r, out);
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
    out.append("<header>\n<p class=\"kicker\">badaboum · simulation report</p>\n<h1>")
        .append(Html.escape(name))
        .append("</h1>\n");
    String description = r.scenario().field("description");
    if (!description.isEmpty()) {
      out.append("<p class=\"lede\">").append(Html.escape(description)).append("</p>\n");
    }
    out.append("<p class=\"")
        .append(r.complete() && r.runs().failedCount() == 0 ? "status" : "status warn")
        .append("\">")
        .append(Html.escape(Report.statusLine(r)))
        .append("</p>\n</header>\n");
  }

  private void verdict() {
    out.append("<section id=\"verdict\">\n<h2>Verdict</h2>\n<ul>\n");
    for (Sentence s : verdict) {
      out.append("<li>").append(s.html()).append("</li>\n");
    }
    out.append("</ul>\n<p class=\"note\">")
        .append(
            Html.escape(
                "Averages over the runs of each arm, which share their random seeds (the same"
                    + " market, the same people), so differences come from the strategies. A 95%"
                    + " confidence interval (CI) is the range the true average very probably lies"
                    + " in, given the runs made: more runs make it narrower."))
        .append("</p>\n</section>\n");
  }

  private void charts() {
    out.append("<section id=\"charts\">\n<h2>Over time</h2>\n");
    DailySeries daily = r.daily();
    if (daily == null) {
      out.append("<p class=\"note\">daily.csv is missing or is not this sweep's: no curves.</p>\n");
    } else {
      String band =
          daily.pooled()
              ? "Lines: the average over the design's points of each point's mean run; shaded: 5th"
                  + " to 95th percentile of the points' means (how much the design's parameters"
                  + " move the average run)."
              : "Lines: the mean run; shaded: 5th to 95th percentile of the runs (nine runs in ten"
                  + " fall inside).";
      dailyChart(daily, DailyMetric.FANS, "Fans", "fans (bought and bots included)", band);
      dailyChart(daily, DailyMetric.ACTIVE, "Active members", "active members", band);
      dailyChart(
          daily,
          DailyMetric.ENGAGEMENT_RATE,
          "Engagement rate",
          "reactions per post ÷ fans",
          band + " Dead and bought fans lower it, and with it the page's organic reach.");
      dailyChart(
          daily,
          DailyMetric.SENTIMENT,
          "Sentiment",
          "mean opinion (−1 hostile, 1 delighted)",
          band);
      dailyChart(daily, DailyMetric.SPEND, "Cumulative spend", "spend", band);
    }
    out.append("<h2>Outcomes</h2>\n");
    figure(
        "c-survival",
        Charts.survival(layout, r.survival(), scope),
        "Share of programmes still running on each day, by arm (Kaplan–Meier): a step down is"
            + " management cancelling programmes at a review. Runs never cancelled count as"
            + " running at the horizon.");
    figure(
        "c-final-active",
        Charts.distribution(
            layout,
            r.runs(),
            scope,
            SummaryMetric.FINAL_ACTIVE,
            "Final active members, run by run"),
        "Each arm's runs: the box holds the middle half, the bar inside is the median, the"
            + " whiskers reach the furthest runs within 1.5 box lengths, dots are runs beyond.");
    sensitivity();
    out.append("</section>\n");
  }

  private void dailyChart(
      DailySeries daily, DailyMetric metric, String title, String axis, String caption) {
    figure("c-" + metric.column(), Charts.daily(layout, daily, metric, title, axis), caption);
  }

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
      out.append("<h2>Sensitivity</h2>\n<p class=\"note\">")
          .append(Html.escape(r.sensitivityNote()))
          .append(".</p>\n");
      return;
    }
    SensitivityTable table = r.sensitivity();
    if (table == null) {
      return;
    }
    boolean sobol = table.design().equals("sobol");
    out.append("<h2 id=\"sensitivity\">Sensitivity: which parameters matter</h2>\n<p>")
        .append(
            Html.escape(
                sobol
                    ? "Sobol indices over the design: the share of the variation of a result (each"
                        + " point's mean over its replicates) that each varied parameter causes,"
                        + " alone and with its interactions (total order, S_T, with its 95%"
                        + " bootstrap CI). Parameters near zero can be left at their defaults."
                    : "Morris screening over the design: μ* is how much a result (each point's mean"
                        + " over its replicates) moves, on average, across a parameter's range;"
                        + " a large σ means the effect depends on the other parameters or is not"
                        + " linear."))
        .append("</p>\n");
    for (int arm = 0; arm < layout.arms().size(); arm++) {
      for (SummaryMetric metric : List.of(SummaryMetric.FINAL_ACTIVE, SummaryMetric.CANCELLED)) {
        SensitivityTable.Entry entry = table.get(arm, metric);
        String title = layout.arms().get(arm) + ": " + metric.meaning();
        if (entry.factors().isEmpty()) {
          out.append("<p class=\"note\">")
              .append(Html.escape(title + ": " + entry.note()))
              .append(".</p>\n");
          continue;
        }
        JFreeChart chart =
            sobol
                ? Charts.sobolTornado(entry, title, arm)
                : Charts.morrisTornado(entry, title, arm);
        int height = Math.max(320, 170 + 70 * entry.factors().size());
        figure(
            "c-sensitivity-" + arm + "-" + metric.column(),
            chart,
            sobol
                ? "Bars: total-order index S_T; whiskers: its 95% bootstrap CI."
                : "Bars: μ* and σ of the elementary effects.",
            height);
        sensitivityTable(entry, sobol);
      }
    }
  }

  private void sensitivityTable(SensitivityTable.Entry entry, boolean sobol) {
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>parameter</th>");
    if (sobol) {
      out.append("<th>total order S_T<small>95% CI</small></th>")
          .append("<th>first order S_1<small>95% CI</small></th>");
    } else {
      out.append("<th>μ*</th><th>μ</th><th>σ</th><th>effects</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (FactorSensitivity f : entry.factors()) {
      out.append("<tr><td><code>").append(Html.escape(f.factor())).append("</code></td>");
      if (sobol) {
        cell(f.total(), f.totalCi95Low(), f.totalCi95High());
        cell(f.firstOrder(), f.firstOrderCi95Low(), f.firstOrderCi95High());
      } else {
        out.append("<td>").append(Numbers.statistic(f.muStar())).append("</td>");
        out.append("<td>").append(Numbers.statistic(f.mu())).append("</td>");
        out.append("<td>").append(Numbers.statistic(f.sigma())).append("</td>");
        out.append("<td>").append(f.effects()).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }

  private void cell(double value, double low, double high) {
    out.append("<td>")
        .append(Numbers.statistic(value))
        .append("<small>")
        .append(Numbers.statistic(low))
        .append(" to ")
        .append(Numbers.statistic(high))
        .append("</small></td>");
  }

  private void metrics() {
    out.append("<section id=\"metrics\">\n<h2>Summary metrics</h2>\n<p class=\"note\">")
        .append(
            Html.escape(
                (scope.all() ? "All points pooled. " : "")
                    + "Mean over each arm's runs with its 95% CI; then, for each arm against "
                    + layout.arms().get(0)
                    + ", the mean paired difference (same seeds) with its 95% CI and the Wilcoxon"
                    + " signed-rank p-value (small: unlikely to be chance). Values in"
                    + " statistics.csv and comparison.csv."))
        .append("</p>\n<div class=\"scroll\"><table>\n<thead><tr><th>metric</th>");
    for (int a = 0; a < layout.arms().size(); a++) {
      out.append("<th><span class=\"a")
          .append(a)
          .append("\">")
          .append(Html.escape(layout.arms().get(a)))
          .append("</span><small>mean, 95% CI</small></th>");
    }
    for (int a = 1; a < layout.arms().size(); a++) {
      out.append("<th>")
          .append(Html.escape(layout.arms().get(a) + " − " + layout.arms().get(0)))
          .append("<small>difference, 95% CI</small></th><th>p</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (SummaryMetric metric : SummaryMetric.values()) {
      out.append("<tr><td>")
          .append(Html.escape(metric.column()))
          .append("<small>")
          .append(Html.escape(metric.meaning()))
          .append("</small></td>");
      for (int a = 0; a < layout.arms().size(); a++) {
        StatisticsTable.Row row = r.statistics().get(scope, a, metric);
        Summary s = row.summary();
        if (s == null) {
          out.append("<td>–</td>");
          continue;
        }
        out.append("<td>").append(Numbers.statistic(s.mean())).append("<small>");
        out.append(Numbers.statistic(s.ci95Low()))
            .append(" to ")
            .append(Numbers.statistic(s.ci95High()));
        if (s.n() < row.runs()) {
          out.append(String.format(Locale.ROOT, "; %d of %d runs", s.n(), row.runs()));
        }
        out.append("</small></td>");
      }
      for (int a = 1; a < layout.arms().size(); a++) {
        PairedComparison c = r.comparisons().get(scope, a, metric).comparison();
        if (c == null) {
          out.append("<td>–</td><td>–</td>");
          continue;
        }
        out.append("<td>").append(Numbers.statistic(c.meanDifference())).append("<small>");
        out.append(Numbers.statistic(c.ci95Low()))
            .append(" to ")
            .append(Numbers.statistic(c.ci95High()))
            .append("</small></td><td>")
            .append(pValue(c.wilcoxonP()))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n</section>\n");
  }

  private static String pValue(double p) {
    if (!Double.isFinite(p)) {
      return "–";
    }
    return p < 0.001 ? "&lt; 0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  /** For a design of a few points: the headline results point by point. */
  private void points() {
    if (layout.points() == 1) {
      return;
    }
    out.append("<section id=\"points\">\n<h2>Point by point</h2>\n");
    if (layout.points() > POINTS_LISTED) {
      out.append("<p class=\"note\">")
          .append(
              Html.escape(
                  layout.points()
                      + " points: too many to list here; statistics.csv, comparison.csv and"
                      + " survival.csv have every point."))
          .append("</p>\n</section>\n");
      return;
    }
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>point</th>");
    for (String path : layout.variedPaths()) {
      out.append("<th><code>").append(Html.escape(path)).append("</code></th>");
    }
    for (int a = 0; a < layout.arms().size(); a++) {
      out.append("<th><span class=\"a")
          .append(a)
          .append("\">")
          .append(Html.escape(layout.arms().get(a)))
          .append("</span><small>final active; cancelled</small></th>");
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
        Summary active = r.statistics().get(point, a, SummaryMetric.FINAL_ACTIVE).summary();
        SurvivalTable.Row survival = r.survival().get(point, a);
        out.append("<td>")
            .append(active == null ? "–" : Numbers.count(active.mean()))
            .append("<small>")
            .append(
                survival.cancelled() == null
                    ? "–"
                    : Numbers.percent(survival.cancelled().share()) + "% cancelled")
            .append("</small></td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n</section>\n");
  }
}
