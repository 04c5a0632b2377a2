package badaboum.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * calibration.html: the page's history against the fitted model (its mean and 5–95% band over runs
 * at the estimates), each fitted key's estimate and 90% interval within its range, a warning for a
 * key the history does not identify, and how the fit was made.
 */
public final class CalibrationPage {
  private CalibrationPage() {}

  /**
   * A fitted key.
   *
   * @param share the interval's width ÷ the range's, on the search scale
   */
  public record Key(
      String path,
      double estimate,
      double lower,
      double upper,
      String range,
      double share,
      boolean identified) {}

  /**
   * A column of the history against the model.
   *
   * @param forecastNrmse NaN without days held out
   */
  public record Column(
      String name,
      String meaning,
      double[] data,
      double[] mean,
      double[] low,
      double[] high,
      double fitNrmse,
      double forecastNrmse) {}

  /**
   * What the page shows.
   *
   * @param start the date of day 0, or ""
   * @param fitLast the last day fitted; days after it were held out
   */
  public record Input(
      String scenario,
      String arm,
      String history,
      String start,
      int fitLast,
      int lastDay,
      List<Key> keys,
      List<Column> columns,
      String method,
      int runs,
      String command) {}

  public static String render(Input in) {
    PageShell page =
        new PageShell(in.scenario() + " fitted to " + in.history(), "badaboum · calibration");
    page.paragraph("lead", lead(in));
    for (Key k : in.keys()) {
      if (!k.identified()) {
        page.paragraph(
            "status warn",
            k.path()
                + " is not identified by this history: its 90% interval spans "
                + Numbers.percent(k.share())
                + "% of the range searched, so the days fitted say little about it. Keep it"
                + " at a value from the sources, fit it on a longer or richer history (more"
                + " columns), or fix the other keys first.");
      }
    }
    page.h2("keys", "The keys fitted");
    List<List<String>> rows = new ArrayList<>();
    for (Key k : in.keys()) {
      rows.add(
          List.of(
              k.path(),
              Numbers.statistic(k.estimate()),
              Numbers.statistic(k.lower()) + " to " + Numbers.statistic(k.upper()),
              k.range(),
              Numbers.percent(k.share()) + "%" + (k.identified() ? "" : " (not identified)")));
    }
    page.table(
        List.of("key", "estimate", "90% interval", "range searched", "interval ÷ range"), rows);
    page.h2("fit", "The history against the fitted model");
    boolean holdout = in.fitLast() < in.lastDay();
    for (Column c : in.columns()) {
      page.figure(
          "c-" + c.name(),
          chart(c, in.fitLast(), holdout),
          "Dots: "
              + c.name()
              + " ("
              + c.meaning()
              + "), day by day"
              + (in.start().isEmpty() ? "" : " from " + in.start() + " (day 0)")
              + ". Line: the fitted model's mean over runs at the estimates; shaded: 5th to 95th"
              + " percentile of the runs. Normalised RMSE "
              + Numbers.statistic(c.fitNrmse())
              + " over the days fitted"
              + (holdout
                  ? "; "
                      + Numbers.statistic(c.forecastNrmse())
                      + " over the "
                      + (in.lastDay() - in.fitLast())
                      + " days held out, right of the vertical line (the forecast's error)"
                  : "")
              + ".");
    }
    page.h2("method", "How it was fitted");
    page.paragraph(
        "note",
        in.method()
            + " Normalised RMSE: the root mean squared difference between the history and the"
            + " model's mean, divided by the range of the history's values. "
            + in.runs()
            + " runs in all. The interval covers what the history leaves uncertain given the"
            + " model; it cannot cover what the model leaves out.");
    page.pre(in.command());
    return page.end();
  }

  private static String lead(Input in) {
    StringBuilder s = new StringBuilder();
    s.append("Fitted to ")
        .append(in.fitLast() + 1)
        .append(" days of ")
        .append(in.history())
        .append(" (")
        .append(String.join(", ", in.columns().stream().map(Column::name).toList()))
        .append("), arm ")
        .append(in.arm())
        .append(": ");
    List<String> parts = new ArrayList<>();
    for (Key k : in.keys()) {
      parts.add(
          k.path()
              + " "
              + Numbers.statistic(k.estimate())
              + " (90% interval "
              + Numbers.statistic(k.lower())
              + " to "
              + Numbers.statistic(k.upper())
              + ")");
    }
    s.append(String.join("; ", parts)).append('.');
    return s.toString();
  }

  private static JFreeChart chart(Column c, int fitLast, boolean holdout) {
    YIntervalSeriesCollection band = new YIntervalSeriesCollection();
    YIntervalSeries model = new YIntervalSeries("model", false, false);
    for (int d = 0; d < c.mean().length; d++) {
      model.add(d, c.mean()[d], c.low()[d], c.high()[d]);
    }
    band.addSeries(model);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.2f);
    renderer.setSeriesPaint(0, ChartStyle.arm(0));
    renderer.setSeriesFillPaint(0, ChartStyle.arm(0));
    renderer.setSeriesStroke(0, ChartStyle.LINE);
    NumberAxis x = new NumberAxis("day");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setRange(0, Math.max(1, c.mean().length - 1));
    NumberAxis y = new NumberAxis(c.name());
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(band, x, y, renderer);
    XYSeries data = new XYSeries("history", false, true);
    for (int d = 0; d < c.data().length; d++) {
      if (!Double.isNaN(c.data()[d])) {
        data.add(d, c.data()[d]);
      }
    }
    XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
    dots.setSeriesPaint(0, ChartStyle.arm(1));
    dots.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    plot.setDataset(1, new XYSeriesCollection(data));
    plot.setRenderer(1, dots);
    if (holdout) {
      ValueMarker marker = new ValueMarker(fitLast + 0.5, new Color(0x555555), new BasicStroke(2f));
      marker.setLabel("held out");
      marker.setLabelFont(ChartStyle.TICK);
      marker.setLabelAnchor(org.jfree.ui.RectangleAnchor.TOP_RIGHT);
      marker.setLabelTextAnchor(org.jfree.ui.TextAnchor.TOP_LEFT);
      plot.addDomainMarker(marker);
    }
    return ChartStyle.chart(c.name(), plot, true);
  }
}
