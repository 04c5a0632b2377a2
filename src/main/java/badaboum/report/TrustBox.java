package badaboum.report;

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

  static String html(SweepResults r) {
    StringBuilder out =
        new StringBuilder(
            "<section id=\"trust\">\n<h2>How far to trust this</h2>\n<div class=\"status\">\n<ul>\n");
    for (String line : lines()) {
      out.append("<li>").append(Html.escape(line)).append("</li>\n");
    }
    out.append("</ul>\n</div>\n");
    List<String> warnings = warnings(r);
    if (!warnings.isEmpty()) {
      out.append(
          "<div class=\"status warn\">\n<p>Outside the bands the defaults are calibrated on"
              + " (docs/MODEL.md, section 1):</p>\n<ul>\n");
      warnings.forEach(w -> out.append("<li>").append(Html.escape(w)).append("</li>\n"));
      out.append("</ul>\n</div>\n");
    }
    out.append("</section>\n");
    return out.toString();
  }

  static List<String> lines() {
    return List.of(
        "The intervals cover the run-to-run randomness of the model (which people, which"
            + " friendships, which draws), and nothing else: not doubts about its rules or its"
            + " defaults. More replications narrow them; they do not make the model truer.",
        "The defaults are orders of magnitude from published sources (docs/MODEL.md and"
            + " scenarios/README.md give each key's source); those marked \"assumption\" are"
            + " screened in scenarios/sensitivity.yaml. Differences between arms, on common random"
            + " numbers, are more robust than any level.",
        "To trust levels for your own page, fit the market's keys to its history first (badaboum"
            + " calibrate) and compare plans on the calibrated scenario.");
  }

  /** Each arm (at each point) whose mean leaves a band, in words. */
  static List<String> warnings(SweepResults r) {
    SweepLayout layout = r.layout();
    List<String> out = new ArrayList<>();
    double audience = number(r.scenario().value("audience.size"));
    for (int p = 0; p < layout.points() && out.size() < 12; p++) {
      String where = layout.points() == 1 ? "" : " at point " + p;
      for (int a = 0; a < layout.arms().size(); a++) {
        String arm = layout.arms().get(a);
        double active = mean(r, p, a, SummaryMetric.MEAN_ACTIVE);
        if (audience > 0 && active / audience > MOST_ACTIVE_SHARE) {
          out.add(
              arm
                  + where
                  + ": on an average day "
                  + Numbers.percent(active / audience)
                  + "% of the audience is active, more than the "
                  + Numbers.percent(MOST_ACTIVE_SHARE)
                  + "% a brand's page plausibly reaches");
        }
        band(
            out,
            arm + where,
            "reactions per post per follower",
            mean(r, p, a, SummaryMetric.MEAN_ENGAGEMENT_RATE),
            ENGAGEMENT_BAND);
        band(
            out, arm + where, "organic reach", mean(r, p, a, SummaryMetric.MEAN_REACH), REACH_BAND);
      }
    }
    return out;
  }

  private static void band(List<String> out, String who, String what, double v, double[] band) {
    // a page that never posted (a cancelled or silent plan) has no rate to compare
    if (!(v > 0)) {
      return;
    }
    if (v < band[0] || v > band[1]) {
      out.add(
          who
              + ": "
              + what
              + " averages "
              + Numbers.percent(v)
              + "%, outside the "
              + Numbers.percent(band[0])
              + "–"
              + Numbers.percent(band[1])
              + "% of industry"
              + " figures");
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
