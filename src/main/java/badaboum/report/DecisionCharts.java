package badaboum.report;

import badaboum.language.Messages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.Layer;

/** The charts of the strategist's pages and sections: cost against outcome, data against model. */
final class DecisionCharts {
  private final Messages m;

  DecisionCharts(Messages messages) {
    this.m = messages;
  }

  /**
   * A point with its 95% intervals on both axes.
   *
   * @param series which series it belongs to (its legend label)
   */
  record Mark(
      String series, double x, double xLow, double xHigh, double y, double yLow, double yHigh) {}

  /**
   * Cost against outcome: each series' marks with their 95% CIs as whiskers, in the arms' colours,
   * a line joining the {@code frontier} marks when given, and a vertical line at {@code budget}.
   */
  JFreeChart costOutcome(
      String title,
      List<String> series,
      List<Mark> marks,
      List<Mark> frontier,
      double budget,
      String xLabel,
      String yLabel) {
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    XYErrorRenderer renderer = new XYErrorRenderer();
    for (int s = 0; s < series.size(); s++) {
      XYIntervalSeries one = new XYIntervalSeries(series.get(s), false, true);
      for (Mark m : marks) {
        if (m.series().equals(series.get(s))) {
          one.add(m.x(), m.xLow(), m.xHigh(), m.y(), m.yLow(), m.yHigh());
        }
      }
      data.addSeries(one);
      renderer.setSeriesPaint(s, ChartStyle.arm(s));
      renderer.setSeriesShape(
          s,
          s == 0 ? new Ellipse2D.Double(-5, -5, 10, 10) : new Rectangle2D.Double(-7, -7, 14, 14));
    }
    renderer.setBaseLinesVisible(false);
    renderer.setBaseShapesVisible(true);
    renderer.setErrorPaint(new Color(0x888888));
    renderer.setErrorStroke(new BasicStroke(1.5f));
    renderer.setCapLength(6);
    NumberAxis x = axis(xLabel);
    NumberAxis y = axis(yLabel);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    if (!frontier.isEmpty()) {
      XYSeries line = new XYSeries(m.text("optimisation.frontier.series"), false, true);
      frontier.forEach(m -> line.add(m.x(), m.y()));
      XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
      lines.setSeriesPaint(0, ChartStyle.INK);
      lines.setSeriesStroke(
          0,
          new BasicStroke(
              2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f));
      plot.setDataset(1, new XYSeriesCollection(line));
      plot.setRenderer(1, lines);
    }
    if (Double.isFinite(budget)) {
      ValueMarker marker = new ValueMarker(budget, new Color(0xD55E00), new BasicStroke(2.5f));
      marker.setLabel(m.text("optimisation.budget"));
      marker.setLabelFont(ChartStyle.TICK);
      marker.setLabelPaint(new Color(0xD55E00));
      marker.setLabelAnchor(org.jfree.ui.RectangleAnchor.TOP_LEFT);
      marker.setLabelTextAnchor(org.jfree.ui.TextAnchor.TOP_RIGHT);
      plot.addDomainMarker(marker, Layer.FOREGROUND);
    }
    return ChartStyle.chart(title, plot, true);
  }

  /** An axis whose ticks are in the page's language (12,000 / 12 000), whatever the JVM's. */
  NumberAxis axis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setAutoRangeIncludesZero(false);
    axis.setNumberFormatOverride(
        new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(m.locale())));
    return axis;
  }
}
