package badaboum.report;

import badaboum.language.Messages;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * "How far to trust this": what the intervals cover and what they do not, where the defaults come
 * from, and a warning for each arm whose results leave the bands the defaults are calibrated on
 * (the patterns of docs/MODEL.md, section 1).
 */
final class TrustBox {
  /** Share of the audience active beyond which a result is implausible for a brand's page. */
  static final double MOST_ACTIVE_SHARE = 0.30;

  /** Reactions per post per follower: 0.05–0.3% in industry figures (docs/MODEL.md). */
  static final double[] ENGAGEMENT_BAND = {0.0005, 0.003};

  /** Organic reach of a page: 2–16% of its fans (industry reports 2012–2020). */
  static final double[] REACH_BAND = {0.02, 0.16};

  private TrustBox() {}

  static String html(SweepResults r, Messages m) {
    StringBuilder out =
        new StringBuilder("<section id=\"trust\">\n<h2>")
            .append(Html.escape(m.text("trust")))
            .append("</h2>\n<div class=\"status\">\n<ul>\n");
    for (String line : lines(m)) {
      out.append("<li>").append(Html.escape(line)).append("</li>\n");
    }
    out.append("</ul>\n</div>\n");
    List<String> warnings = warnings(r, m);
    if (!warnings.isEmpty()) {
      out.append("<div class=\"status warn\">\n<p>")
          .append(Html.escape(m.text("trust.outside")))
          .append("</p>\n<ul>\n");
      warnings.forEach(w -> out.append("<li>").append(Html.escape(w)).append("</li>\n"));
      out.append("</ul>\n</div>\n");
    }
    out.append("</section>\n");
    return out.toString();
  }

  static List<String> lines(Messages m) {
    return List.of(m.text("trust.randomness"), m.text("trust.defaults"), m.text("trust.calibrate"));
  }

  /** Each arm (at each point) whose mean leaves a band, in words. */
  static List<String> warnings(SweepResults r, Messages m) {
    Numbers n = new Numbers(m);
    SweepLayout layout = r.layout();
    List<String> out = new ArrayList<>();
    double audience = number(r.scenario().value("audience.size"));
    for (int p = 0; p < layout.points() && out.size() < 12; p++) {
      for (int a = 0; a < layout.arms().size(); a++) {
        String who =
            layout.points() == 1
                ? layout.arms().get(a)
                : m.format("trust.armAtPoint", layout.arms().get(a), p);
        double active = mean(r, p, a, SummaryMetric.MEAN_ACTIVE);
        if (audience > 0 && active / audience > MOST_ACTIVE_SHARE) {
          out.add(
              m.format(
                  "trust.active", who, n.percent(active / audience), n.percent(MOST_ACTIVE_SHARE)));
        }
        band(
            out,
            m,
            n,
            m.format(
                "trust.engagement",
                who,
                n.percent(mean(r, p, a, SummaryMetric.MEAN_ENGAGEMENT_RATE))),
            mean(r, p, a, SummaryMetric.MEAN_ENGAGEMENT_RATE),
            ENGAGEMENT_BAND);
        band(
            out,
            m,
            n,
            m.format("trust.reach", who, n.percent(mean(r, p, a, SummaryMetric.MEAN_REACH))),
            mean(r, p, a, SummaryMetric.MEAN_REACH),
            REACH_BAND);
      }
    }
    return out;
  }

  private static void band(
      List<String> out, Messages m, Numbers n, String what, double v, double[] band) {
    // a page that never posted (a cancelled or silent plan) has no rate to compare
    if (!(v > 0)) {
      return;
    }
    if (v < band[0] || v > band[1]) {
      out.add(m.format("trust.band", what, n.percent(band[0]), n.percent(band[1])));
    }
  }

  private static double mean(SweepResults r, int point, int arm, SummaryMetric metric) {
    StatisticsTable.Row row = r.statistics().get(new Scope(point), arm, metric);
    return row.summary() == null ? Double.NaN : row.summary().mean();
  }

  private static double number(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
