package badaboum.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a person as a dot in the colour of their state (a ring if they left, larger if an
 * ambassador, circled in purple if outraged), and a bot as a grey square. The same drawing makes
 * the legend's swatches, so the legend always matches the dots.
 */
final class NodePortrayal extends SimplePortrayal2D {
  private static final long serialVersionUID = 1L;

  private final transient AudienceView view;

  NodePortrayal(AudienceView view) {
    this.view = view;
  }

  @Override
  public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
    double scale = info.draw.width; // pixels per field unit
    if (object instanceof PersonNode person) {
      paint(graphics, person.nodeState(), person.outraged(), info.draw.x, info.draw.y, scale);
    } else if (object instanceof AudienceView.BotNode bot && bot.index() < view.botsShown()) {
      paint(graphics, NodeState.BOT, false, info.draw.x, info.draw.y, scale);
    }
  }

  /** Draws one node centred on (x, y) in pixels, {@code scale} pixels per field unit. */
  static void paint(
      Graphics2D g, NodeState state, boolean outraged, double x, double y, double scale) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    double d = state.diameter() * scale;
    float outline = (float) Math.max(1, 0.22 * scale);
    if (state == NodeState.BOT) {
      Rectangle2D.Double square = new Rectangle2D.Double(x - d / 2, y - d / 2, d, d);
      g.setColor(state.colour());
      g.fill(square);
      return;
    }
    Ellipse2D.Double dot = new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
    if (state == NodeState.LEFT) {
      float ring = (float) Math.max(1.5, 0.55 * scale);
      Ellipse2D.Double inner =
          new Ellipse2D.Double(x - (d - ring) / 2, y - (d - ring) / 2, d - ring, d - ring);
      g.setColor(Color.WHITE);
      g.fill(dot);
      g.setColor(state.colour());
      g.setStroke(new BasicStroke(ring));
      g.draw(inner);
    } else {
      g.setColor(state.colour());
      g.fill(dot);
      if (state != NodeState.UNAWARE) {
        g.setColor(NodeState.INK);
        g.setStroke(new BasicStroke(state == NodeState.AMBASSADOR ? 2 * outline : outline));
        g.draw(dot);
      }
    }
    if (outraged) {
      double o = d + 1.1 * scale;
      g.setColor(NodeState.OUTRAGED);
      g.setStroke(new BasicStroke((float) Math.max(1.5, 0.5 * scale)));
      g.draw(new Ellipse2D.Double(x - o / 2, y - o / 2, o, o));
    }
  }

  /** A click on a person's dot selects them (and MASON opens an inspector); bots are not picked. */
  @Override
  public boolean hitObject(Object object, DrawInfo2D range) {
    if (!(object instanceof PersonNode person)) {
      return false;
    }
    double d = person.nodeState().diameter() * range.draw.width;
    return new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d)
        .intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
  }
}
