package badaboum.report;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a chart into an SVG element to inline in the HTML: JFreeSVG, scaled by a view box (no fixed
 * size, so it fits a phone or a projector), with ids prefixed by the chart's own id so that several
 * charts in one page never share a clip path, and no clock-dependent id, so the same folder gives
 * the same page.
 */
final class Svg {
  private Svg() {}

  static String of(JFreeChart chart, String id, int width, int height) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    return g.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
  }
}
