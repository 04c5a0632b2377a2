package badaboum.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a friendship as a faint grey line, and a tie between members who answered each other on the
 * page as a strong green one: the ties that make a community rather than an audience.
 */
final class LinkPortrayal extends SimpleEdgePortrayal2D {
  private static final long serialVersionUID = 1L;

  static final Color FAINT = new Color(0, 0, 0, 30);
  static final Color TIE = new Color(0x00, 0x9E, 0x73, 170);
  private static final BasicStroke THIN = new BasicStroke(1f);

  @Override
  public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
    if (!(object instanceof Edge edge) || !(info instanceof EdgeDrawInfo2D ends)) {
      return;
    }
    Line2D.Double line =
        new Line2D.Double(info.draw.x, info.draw.y, ends.secondPoint.x, ends.secondPoint.y);
    if (edge.info == AudienceView.Link.TIE) {
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      graphics.setColor(TIE);
      graphics.setStroke(new BasicStroke((float) Math.max(1.5, 0.3 * info.draw.width)));
    } else {
      // many faint lines: plain one-pixel lines, which draw many times faster
      graphics.setRenderingHint(
          RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
      graphics.setColor(FAINT);
      graphics.setStroke(THIN);
    }
    graphics.draw(line);
  }

  @Override
  public boolean hitObject(Object object, DrawInfo2D range) {
    return false;
  }
}
