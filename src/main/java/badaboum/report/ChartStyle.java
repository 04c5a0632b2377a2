package badaboum.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * One look for every chart: a colour per arm from the Okabe–Ito palette (distinct for the common
 * colour-vision deficiencies, and in greyscale by lightness), the same colour for an arm in every
 * chart, and fonts large enough to read on a projector from the back of a room.
 */
final class ChartStyle {
  /** Okabe–Ito, in the order arms get them: blue, vermillion, bluish green, reddish purple, ... */
  private static final Color[] ARMS = {
    new Color(0x0072B2),
    new Color(0xD55E00),
    new Color(0x009E73),
    new Color(0xCC79A7),
    new Color(0xE69F00),
    new Color(0x56B4E9),
    new Color(0x000000),
  };

  static final int WIDTH = 1000;
  static final int HEIGHT = 560;
  static final Font TITLE = new Font("SansSerif", Font.BOLD, 28);
  static final Font LABEL = new Font("SansSerif", Font.PLAIN, 22);
  static final Font TICK = new Font("SansSerif", Font.PLAIN, 20);
  static final BasicStroke LINE = new BasicStroke(3.5f);
  static final Color GRID = new Color(0xD0D0D0);
  static final Color INK = new Color(0x222222);

  private ChartStyle() {}

  /** The colour of arm {@code index} (they repeat after seven arms). */
  static Color arm(int index) {
    return ARMS[index % ARMS.length];
  }

  /** The CSS hex of an arm's colour, for the HTML around the charts. */
  static String css(int index) {
    return String.format("#%06X", arm(index).getRGB() & 0xFFFFFF);
  }

  static JFreeChart chart(String title, Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    TextTitle text = chart.getTitle();
    if (text != null) {
      text.setPaint(INK);
      text.setHorizontalAlignment(org.jfree.ui.HorizontalAlignment.LEFT);
    }
    LegendTitle box = chart.getLegend();
    if (box != null) {
      box.setItemFont(LABEL);
      box.setPosition(RectangleEdge.TOP);
      box.setHorizontalAlignment(org.jfree.ui.HorizontalAlignment.LEFT);
      box.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      box.setItemPaint(INK);
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinePaint(GRID);
      xy.setRangeGridlinePaint(GRID);
      xy.setDomainGridlinesVisible(false);
      xy.setRangeGridlineStroke(new BasicStroke(1f));
      xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
      axis(xy.getDomainAxis());
      axis(xy.getRangeAxis());
    } else if (plot instanceof CategoryPlot category) {
      category.setRangeGridlinePaint(GRID);
      category.setRangeGridlineStroke(new BasicStroke(1f));
      category.setAxisOffset(RectangleInsets.ZERO_INSETS);
      axis(category.getDomainAxis());
      axis(category.getRangeAxis());
    }
    return chart;
  }

  private static void axis(Axis axis) {
    if (axis == null) {
      return;
    }
    axis.setLabelFont(LABEL);
    axis.setTickLabelFont(TICK);
    axis.setLabelPaint(INK);
    axis.setTickLabelPaint(INK);
    Paint line = new Color(0x888888);
    axis.setAxisLinePaint(line);
    axis.setTickMarkPaint(line);
  }
}
