package badaboum.gui;

import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.RangeType;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import sim.display.ChartUtilities;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * How the live charts look in the room: fonts at the room's scale, ticks in its language, no axis
 * titles, a white plot, and the key above the charts when arms are compared. Builds the pieces;
 * {@link LiveCharts} fills them day by day.
 */
final class ChartLook {
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  private ChartLook() {}

  /**
   * A chart; {@code minimumRange} keeps an empty chart's axis readable (0 for a fixed axis), and
   * {@code legend} gives it its own legend (one arm) instead of the key above the charts.
   */
  static TimeSeriesChartGenerator chart(
      WorkshopStyle style, String title, double minimumRange, boolean legend) {
    TimeSeriesChartGenerator g = ChartUtilities.buildTimeSeriesChartGenerator(title, null);
    JFreeChart chart = g.getChart();
    if (legend) {
      g.addLegend();
    } else {
      chart.removeLegend(); // the arms' colours are in the key above the charts
    }
    chart.getTitle().setFont(style.font(Font.BOLD, WorkshopStyle.TITLE));
    chart.setPadding(new RectangleInsets(2, 2, 2, 6));
    XYPlot plot = chart.getXYPlot();
    plot.setInsets(new RectangleInsets(2, 2, 2, 4));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
      axis.setLabel(null);
      axis.setTickLabelFont(style.font(Font.PLAIN, WorkshopStyle.SMALL));
    }
    // the ticks in the room's language: 2,000 and 0.5, or 2 000 and 0,5
    Locale locale = style.text().language().locale();
    if (plot.getRangeAxis() instanceof NumberAxis y) {
      if (minimumRange > 0) {
        y.setAutoRangeIncludesZero(true);
        y.setRangeType(RangeType.POSITIVE);
        y.setAutoRangeMinimumSize(minimumRange);
        y.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
      } else {
        y.setNumberFormatOverride(NumberFormat.getNumberInstance(locale));
      }
    }
    if (plot.getDomainAxis() instanceof NumberAxis x) {
      x.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
    }
    LegendTitle key = chart.getLegend();
    if (key != null) {
      key.setItemFont(style.font(Font.PLAIN, WorkshopStyle.SMALL));
      key.setPosition(RectangleEdge.BOTTOM);
      key.setFrame(BlockBorder.NONE);
      key.setItemLabelPadding(new RectangleInsets(0, 2, 0, 6));
      key.setMargin(new RectangleInsets(2, 0, 0, 0));
      key.setPadding(RectangleInsets.ZERO_INSETS);
    }
    return g;
  }

  /** A line of chart {@code g}, solid or dashed. */
  static TimeSeriesAttributes series(
      TimeSeriesChartGenerator g, String name, Color colour, double thickness, boolean dashed) {
    TimeSeriesAttributes a = ChartUtilities.addSeries(g, name);
    a.setStrokeColor(colour);
    a.setThickness(thickness);
    if (dashed) {
      a.setDashPattern(TimeSeriesAttributes.PATTERN_DASH);
    }
    return a;
  }

  /** The panel showing chart {@code g}; a double click opens MASON's own window for it. */
  static ChartPanel panelFor(TimeSeriesChartGenerator g) {
    ChartPanel p = new ChartPanel(g.getChart(), false);
    // draw at the panel's own size, so the fonts keep the size set above
    p.setMinimumDrawWidth(0);
    p.setMinimumDrawHeight(0);
    p.setMaximumDrawWidth(10_000);
    p.setMaximumDrawHeight(10_000);
    p.setDomainZoomable(false);
    p.setRangeZoomable(false);
    p.addMouseListener(
        new MouseAdapter() {
          private JFrame frame;

          @Override
          public void mouseClicked(MouseEvent e) {
            if (e.getClickCount() == 2) {
              if (frame == null) {
                frame = g.createFrame();
              }
              frame.setVisible(true);
            }
          }
        });
    return p;
  }

  /** Above the charts when arms are compared: each arm's colour, and what solid and dashed mean. */
  static JPanel compareKey(WorkshopStyle style, List<String> arms) {
    JPanel box = new JPanel();
    box.setLayout(new BoxLayout(box, BoxLayout.Y_AXIS));
    box.setBackground(Color.WHITE);
    box.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
    JPanel names = new JPanel(new FlowLayout(FlowLayout.LEFT, 14, 0));
    names.setBackground(Color.WHITE);
    for (int i = 0; i < arms.size(); i++) {
      JLabel name = new JLabel("\u25A0 " + arms.get(i));
      name.setForeground(WorkshopStyle.arm(i));
      name.setFont(style.font(Font.BOLD, WorkshopStyle.TEXT));
      names.add(name);
    }
    JTextArea lines = new JTextArea(style.text().compareKey());
    lines.setFont(style.font(Font.PLAIN, WorkshopStyle.SMALL));
    lines.setForeground(ArmHeader.GREY_TEXT);
    lines.setLineWrap(true);
    lines.setWrapStyleWord(true);
    lines.setEditable(false);
    lines.setFocusable(false);
    lines.setBorder(BorderFactory.createEmptyBorder(0, 14, 2, 4));
    names.setAlignmentX(0);
    lines.setAlignmentX(0);
    box.add(names);
    box.add(lines);
    return box;
  }
}
