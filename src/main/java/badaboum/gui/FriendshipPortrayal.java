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
 * Draws a friendship as a faint grey line, or a stronger green one when both friends are active
 * members: the ties that make a community rather than an audience.
 */
final class FriendshipPortrayal extends SimpleEdgePortrayal2D {
  private static final long serialVersionUID = 1L;

  static final Color FAINT = new Color(0, 0, 0, 34);
  static final Color COMMUNITY = new Color(0x00, 0x9E, 0x73, 150);
  private static final BasicStroke THIN = new BasicStroke(1f);

  @Override
  public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
    if (!(object instanceof Edge edge) || !(info instanceof EdgeDrawInfo2D ends)) {
      return;
    }
    boolean community = member(edge.getFrom()) && member(edge.getTo());
    Line2D.Double line =
        new Line2D.Double(info.draw.x, info.draw.y, ends.secondPoint.x, ends.secondPoint.y);
    if (community) {
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      graphics.setColor(COMMUNITY);
      graphics.setStroke(new BasicStroke((float) Math.max(2, 0.35 * info.draw.width)));
    } else {
      // thousands of faint lines: plain one-pixel lines, which draw many times faster
      graphics.setRenderingHint(
          RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
      graphics.setColor(FAINT);
      graphics.setStroke(THIN);
    }
    graphics.draw(line);
  }

  private static boolean member(Object node) {
    if (!(node instanceof PersonNode person)) {
      return false;
    }
    NodeState state = person.nodeState();
    return state == NodeState.ACTIVE || state == NodeState.AMBASSADOR;
  }

  @Override
  public boolean hitObject(Object object, DrawInfo2D range) {
    return false;
  }
}
