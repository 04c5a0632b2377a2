package badaboum.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Locale;
import java.util.function.Supplier;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * What the network view writes: the day and the focal brand's numbers in large type across the top,
 * and the legend of colours in the right-hand column, above the bots. Drawn in field units, so it
 * grows with the window and appears in MASON's snapshots and movies of the display.
 */
final class Overlay extends FieldPortrayal2D {
  private static final long serialVersionUID = 1L;

  static final Color GREY_TEXT = new Color(0x55, 0x55, 0x55);
  private static final Color RUNNING = new Color(0x00, 0x7A, 0x5A);
  private static final Color CANCELLED = new Color(0xC2, 0x4E, 0x00);

  /** What the header says: the run and its last day. */
  record Status(String arm, int days, DaySnapshot day, boolean started) {}

  private final transient Supplier<AudienceView> view;
  private final transient Supplier<Status> status;

  Overlay(Supplier<AudienceView> view, Supplier<Status> status) {
    this.view = view;
    this.status = status;
  }

  @Override
  public void draw(Object object, Graphics2D g, DrawInfo2D info) {
    AudienceView v = view.get();
    Status s = status.get();
    if (v == null || s == null) {
      return;
    }
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    double unit = info.draw.height / AudienceView.HEIGHT; // pixels per field unit
    double left = info.draw.x;
    double top = info.draw.y;
    header(g, s, left, top, unit, (v.width() - 4) * unit);
    legend(g, v, s, left + (v.width() - v.legendWidth() + 1) * unit, top, unit);
  }

  private static Font font(int style, double size) {
    return new Font(Font.SANS_SERIF, style, 1).deriveFont((float) size);
  }

  /** The font at {@code size}, or smaller if {@code text} would not fit in {@code width}. */
  private static Font fitting(Graphics2D g, int style, double size, String text, double width) {
    Font f = font(style, size);
    // glyph advances are whole pixels, so the width does not shrink in proportion: step down
    for (int i = 0; i < 20 && g.getFontMetrics(f).stringWidth(text) > width; i++) {
      f = font(style, f.getSize2D() * 0.97);
    }
    return f;
  }

  private static void header(
      Graphics2D g, Status s, double left, double top, double unit, double width) {
    DaySnapshot d = s.day();
    int day = d == null ? 0 : d.day();
    boolean cancelled = d != null && !d.alive();
    String dayText = String.format(Locale.ROOT, "Day %d of %d", day, s.days());
    String state =
        cancelled
            ? "CANCELLED on day " + d.cancelDay()
            : s.started() ? "programme running" : "ready";
    Font big = fitting(g, Font.BOLD, 4.6 * unit, dayText + "   " + s.arm() + "   " + state, width);
    Font small = font(Font.BOLD, big.getSize2D() * 0.63);
    float x = (float) (left + 2 * unit);
    float y1 = (float) (top + 5.6 * unit);
    float y2 = (float) (top + 10.2 * unit);
    g.setFont(big);
    g.setColor(NodeState.INK);
    g.drawString(dayText, x, y1);
    float at = x + g.getFontMetrics().stringWidth(dayText + "   ");
    g.setColor(NodeState.AMBASSADOR.colour());
    g.drawString(s.arm(), at, y1);
    at += g.getFontMetrics().stringWidth(s.arm() + "   ");
    if (!cancelled) {
      g.setFont(small);
    }
    g.setColor(cancelled ? CANCELLED : s.started() ? RUNNING : GREY_TEXT);
    g.drawString(state, at, y1);
    g.setColor(NodeState.INK);
    String numbers =
        d == null || !s.started()
            ? "Press Play in the console to start the run."
            : String.format(
                Locale.ROOT,
                "fans %,d  \u00b7  active %,d  \u00b7  dormant %,d  \u00b7  ambassadors %,d"
                    + "  \u00b7  sentiment %+.2f  \u00b7  spent %,.0f",
                d.fans(),
                d.active(),
                d.dormant(),
                d.ambassadors(),
                d.sentiment(),
                d.spend());
    g.setFont(fitting(g, Font.PLAIN, 2.9 * unit, numbers, width));
    g.drawString(numbers, x, y2);
  }

  private static void legend(
      Graphics2D g, AudienceView v, Status s, double x, double top, double unit) {
    double u = unit * v.legendScale(); // text and swatches shrink in a narrow view
    g.setColor(NodeState.INK);
    g.setFont(font(Font.BOLD, 3.0 * u));
    g.drawString("Who is who", (float) x, (float) (top + 17 * unit));
    Font label = font(Font.PLAIN, 2.7 * u);
    g.setFont(label);
    double y = top + 21.5 * unit;
    double step = 4.2 * unit;
    double swatch = x + 2 * u;
    float text = (float) (x + 5 * u);
    for (NodeState state : NodeState.values()) {
      if (state == NodeState.BOT) {
        continue;
      }
      NodePortrayal.paint(g, state, false, swatch, y, u);
      g.setColor(NodeState.INK);
      g.drawString(state.label(), text, (float) (y + 0.9 * u));
      y += step;
    }
    NodePortrayal.paint(g, NodeState.ACTIVE, true, swatch, y, u);
    g.setColor(NodeState.INK);
    g.drawString("outraged (crisis)", text, (float) (y + 0.9 * u));
    y += step;
    g.setFont(font(Font.PLAIN, 2.3 * u));
    g.setColor(GREY_TEXT);
    String[] notes = {
      String.format(Locale.ROOT, "%,d of %,d people drawn,", v.personCount(), v.population()),
      "1 dot \u2248 " + ConsoleNumbers.roughly(v.perDot()) + " people or bots;",
      "lines: friendships,",
      "green when both are active"
    };
    for (String note : notes) {
      g.drawString(note, (float) x, (float) y);
      y += 2.8 * unit;
    }
    DaySnapshot d = s.day();
    int bots = d == null ? 0 : d.bots();
    y = top + (AudienceView.BOT_TOP - 2.2) * unit;
    NodePortrayal.paint(g, NodeState.BOT, false, swatch, y - 0.9 * u, unit);
    g.setFont(label);
    g.setColor(NodeState.INK);
    g.drawString(
        String.format(
            Locale.ROOT, "bots: %,d%s", bots, v.botsCapped(bots) ? " (not all shown)" : ""),
        text,
        (float) y);
  }
}
