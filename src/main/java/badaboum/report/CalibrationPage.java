package badaboum.report;

import badaboum.language.Messages;
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

  public static String render(Input in, Messages m) {
    Numbers n = new Numbers(m);
    PageShell page =
        new PageShell(
            m.format("calibration.title", in.scenario(), in.history()),
            m.text("calibration.kicker"),
            m.language());
    page.paragraph("lead", lead(in, m, n));
    for (Key k : in.keys()) {
      if (!k.identified()) {
        page.paragraph(
            "status warn", m.format("calibration.notIdentified", k.path(), n.percent(k.share())));
      } else if (k.estimate() < k.lower() || k.estimate() > k.upper()) {
        page.paragraph(
            "status warn",
            m.format(
                "calibration.outside",
                k.path(),
                n.statistic(k.estimate()),
                m.format("strategist.interval", n.statistic(k.lower()), n.statistic(k.upper()))));
      }
    }
    page.h2("keys", m.text("calibration.keys"));
    List<List<String>> rows = new ArrayList<>();
    for (Key k : in.keys()) {
      rows.add(
          List.of(
              k.path(),
              n.statistic(k.estimate()),
              m.format("strategist.interval", n.statistic(k.lower()), n.statistic(k.upper())),
              k.range(),
              n.percent(k.share())
                  + "%"
                  + (k.identified()
                      ? ""
                      : " (" + m.text("calibration.notIdentified.short") + ")")));
    }
    page.table(
        List.of(
            m.text("calibration.key"),
            m.text("calibration.estimate"),
            m.text("calibration.interval"),
            m.text("calibration.range"),
            m.text("calibration.share")),
        rows);
    page.h2("fit", m.text("calibration.fit"));
    boolean holdout = in.fitLast() < in.lastDay();
    for (Column c : in.columns()) {
      String caption =
          m.format(
              "calibration.caption",
              c.name(),
              m.text("history." + c.name()),
              in.start().isEmpty() ? "" : m.format("calibration.caption.start", in.start()),
              n.statistic(c.fitNrmse()));
      if (holdout) {
        caption +=
            m.format(
                "calibration.caption.holdout",
                n.statistic(c.forecastNrmse()),
                n.whole(in.lastDay() - in.fitLast()));
      }
      page.figure("c-" + c.name(), chart(c, in.fitLast(), holdout, m), caption);
    }
    page.h2("method", m.text("calibration.method"));
    page.paragraph(
        "note", in.method() + " " + m.format("calibration.method.note", n.whole(in.runs())));
    page.pre(in.command());
    return page.end();
  }

  private static String lead(Input in, Messages m, Numbers n) {
    List<String> parts = new ArrayList<>();
    for (Key k : in.keys()) {
      parts.add(
          m.format(
              "calibration.lead.key",
              k.path(),
              n.statistic(k.estimate()),
              m.format("strategist.interval", n.statistic(k.lower()), n.statistic(k.upper()))));
    }
    return m.format(
        "calibration.lead",
        n.whole(in.fitLast() + 1),
        in.history(),
        String.join(", ", in.columns().stream().map(Column::name).toList()),
        in.arm(),
        String.join("; ", parts));
  }

  private static JFreeChart chart(Column c, int fitLast, boolean holdout, Messages m) {
    YIntervalSeriesCollection band = new YIntervalSeriesCollection();
    YIntervalSeries model = new YIntervalSeries(m.text("calibration.model"), false, false);
    for (int d = 0; d < c.mean().length; d++) {
      model.add(d, c.mean()[d], c.low()[d], c.high()[d]);
    }
    band.addSeries(model);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.2f);
    renderer.setSeriesPaint(0, ChartStyle.arm(0));
    renderer.setSeriesFillPaint(0, ChartStyle.arm(0));
    renderer.setSeriesStroke(0, ChartStyle.LINE);
    DecisionCharts axes = new DecisionCharts(m);
    NumberAxis x = axes.axis(m.text("chart.day"));
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setRange(0, Math.max(1, c.mean().length - 1));
    NumberAxis y = axes.axis(c.name());
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(band, x, y, renderer);
    XYSeries data = new XYSeries(m.text("calibration.history"), false, true);
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
      marker.setLabel(m.text("calibration.heldOut"));
      marker.setLabelFont(ChartStyle.TICK);
      marker.setLabelAnchor(org.jfree.ui.RectangleAnchor.TOP_RIGHT);
      marker.setLabelTextAnchor(org.jfree.ui.TextAnchor.TOP_LEFT);
      plot.addDomainMarker(marker);
    }
    return ChartStyle.chart(c.name(), plot, true);
  }
}
