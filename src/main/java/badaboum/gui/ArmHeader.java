package badaboum.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The top of an arm's cell in the network view: the arm's name and where its programme stands, its
 * key numbers in the largest type on screen (fans, active members, sentiment, spend) over their
 * captions, in four columns, two or one as the cell's width allows, and a small line with the rest;
 * on a market of several platforms, these are the brand's totals, and under them a small table has
 * a row per platform with its followers and active members there (or that the arm has no account
 * there, or from which day), the platform whose page the dots show in bold. Laid out once for the
 * cell at the display's scale 1 and drawn at any zoom; what it draws is kept ({@link #drawn()}) for
 * the console's geometry checks.
 */
final class ArmHeader extends FieldPortrayal2D {
  private static final long serialVersionUID = 1L;

  static final Color GREY_TEXT = new Color(0x55, 0x55, 0x55);
  static final Color RUNNING = new Color(0x00, 0x7A, 0x5A);
  static final Color CANCELLED = new Color(0xC2, 0x4E, 0x00);

  /** What the header says: the run's horizon and its last day. */
  record Status(int days, DaySnapshot day, boolean started) {}

  /**
   * The widest numbers the columns are sized for: tens of thousands of fans, of active members and
   * of currency spent (a wider number shrinks to its column).
   */
  private static final String[] TEMPLATES = {"88,888", "88,888", "+0.00", "88,888"};

  private final ConsoleText words;
  private final List<String> captions;

  private final String arm;
  private final Color colour;
  private final transient Supplier<Status> status;
  private final double cellWidth;
  private final double pad;
  private final double headingPx;
  private final double textPx;
  private final double numberPx;
  private final double smallPx;
  private final int columns;
  private final double tileWidth;
  private final double tileHeight;
  private final double tilesTop;
  private final double othersTop;
  private final int othersLines;
  private final List<String> platforms;
  private final double platformsTop;
  private final double numberColumn;
  private final boolean statusBeside;
  private final double height;
  private transient volatile List<DrawnText> drawn = List.of();

  ArmHeader(
      String arm, Color colour, WorkshopStyle style, double cellWidth, Supplier<Status> status) {
    this(arm, colour, style, cellWidth, List.of(), status);
  }

  /**
   * @param platforms the market's platforms, in order, when it has several; else empty
   */
  ArmHeader(
      String arm,
      Color colour,
      WorkshopStyle style,
      double cellWidth,
      List<String> platforms,
      Supplier<Status> status) {
    this.arm = arm;
    this.platforms = List.copyOf(platforms);
    this.colour = colour;
    this.status = status;
    this.words = style.text();
    this.captions = words.numberCaptions();
    this.cellWidth = cellWidth;
    this.headingPx = style.pixels(WorkshopStyle.HEADING);
    this.textPx = style.pixels(WorkshopStyle.TEXT);
    this.smallPx = style.pixels(WorkshopStyle.SMALL);
    this.pad = textPx * 0.6;
    double inner = cellWidth - 2 * pad;
    double number = style.pixels(WorkshopStyle.NUMBERS);
    Font caption = Type.font(Font.PLAIN, smallPx);
    double widest = 0;
    for (int i = 0; i < TEMPLATES.length; i++) {
      widest =
          Math.max(
              widest,
              Math.max(
                  Type.width(Type.font(Font.BOLD, number), TEMPLATES[i]),
                  Type.width(caption, captions.get(i))));
    }
    double gap = pad * 1.5;
    int cols = 4;
    while (cols > 1 && cols * (widest + gap) - gap > inner) {
      cols /= 2;
    }
    if (widest > inner) { // a cell too narrow even for one column: the numbers shrink to fit
      number *= inner / widest;
      widest = inner;
    }
    this.numberPx = number;
    this.columns = cols;
    this.tileWidth = cols == 1 ? inner : (inner + gap) / cols;
    Font heading = Type.font(Font.BOLD, headingPx);
    Font state = Type.font(Font.BOLD, textPx);
    double widestState =
        Math.max(
            Type.width(state, words.cancelled(8888)),
            Math.max(Type.width(state, words.running()), Type.width(state, words.ready())));
    // the programme's state beside the arm's name when both fit on a line, else under it
    this.statusBeside = Type.width(heading, arm) + pad * 2 + widestState <= inner;
    double nameLine = Type.height(heading);
    double statusLine = statusBeside ? 0 : Type.height(state);
    this.tilesTop = pad * 0.5 + nameLine + statusLine + pad * 0.4;
    this.tileHeight =
        Type.height(Type.font(Font.BOLD, numberPx)) + Type.height(caption) + pad * 0.4;
    this.othersTop = tilesTop + tileHeight * (captions.size() / cols);
    this.othersLines = Type.wrap(caption, words.others(88_888, 8_888, 88_888), inner).size();
    this.platformsTop = othersTop + othersLines * Type.height(caption);
    Font row = Type.font(Font.PLAIN, textPx);
    this.numberColumn =
        Math.max(
            Type.width(Type.font(Font.BOLD, textPx), "88,888"),
            Math.max(
                Type.width(caption, words.platformFollowers()),
                Type.width(caption, words.platformActive())));
    double table =
        this.platforms.isEmpty()
            ? 0
            : pad * 0.5 + Type.height(caption) + this.platforms.size() * Type.height(row);
    this.height = platformsTop + table + pad * 0.5;
  }

  /** The header's height in display pixels at scale 1. */
  double height() {
    return height;
  }

  int columns() {
    return columns;
  }

  /** What the last drawing wrote, in display pixels. */
  List<DrawnText> drawn() {
    return drawn;
  }

  @Override
  public void draw(Object object, Graphics2D g, DrawInfo2D info) {
    Status s = status.get();
    if (s == null) {
      return;
    }
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    double zoom = info.draw.width / cellWidth;
    Pen pen = new Pen(g, info.draw.x, info.draw.y, zoom);
    DaySnapshot d = s.day();
    boolean cancelled = d != null && !d.alive();
    double inner = cellWidth - 2 * pad;

    Font heading = Type.font(Font.BOLD, headingPx);
    String name = Type.fit(heading, arm, inner);
    double nameBaseline = pad * 0.5 + Type.ascent(heading);
    pen.text(name, heading, colour, pad, nameBaseline, false);
    Font state = Type.font(Font.BOLD, textPx);
    String said =
        cancelled ? words.cancelled(d.cancelDay()) : s.started() ? words.running() : words.ready();
    double stateX = statusBeside ? pad + Type.width(heading, name) + pad * 2 : pad;
    pen.text(
        Type.fit(state, said, inner - (stateX - pad)),
        state,
        cancelled ? CANCELLED : s.started() ? RUNNING : GREY_TEXT,
        stateX,
        statusBeside ? nameBaseline : pad * 0.5 + Type.height(heading) + Type.ascent(state),
        false);

    String[] numbers =
        d == null
            ? new String[] {"0", "0", words.signed(0), "0"}
            : new String[] {
              words.count(d.fans()),
              words.count(d.active()),
              words.signed(d.sentiment()),
              words.count(d.spend())
            };
    Font caption = Type.font(Font.PLAIN, smallPx);
    double gap = pad * 1.5;
    for (int i = 0; i < numbers.length; i++) {
      double x = pad + (i % columns) * tileWidth;
      double y = tilesTop + (i / columns) * tileHeight;
      double room = columns == 1 ? inner : tileWidth - gap;
      Font number = Type.font(Font.BOLD, numberPx);
      if (Type.width(number, numbers[i]) > room) { // a number beyond its column's template
        number = Type.font(Font.BOLD, numberPx * room / Type.width(number, numbers[i]));
      }
      pen.text(numbers[i], number, NodeState.INK, x, y + Type.ascent(number), true);
      pen.text(
          captions.get(i),
          caption,
          GREY_TEXT,
          x,
          y + Type.height(Type.font(Font.BOLD, numberPx)) + Type.ascent(caption),
          false);
    }
    if (d != null) {
      List<String> lines =
          Type.wrap(caption, words.others(d.dormant(), d.ambassadors(), d.bots()), inner);
      for (int i = 0; i < Math.min(othersLines, lines.size()); i++) {
        pen.text(
            lines.get(i),
            caption,
            GREY_TEXT,
            pad,
            othersTop + i * Type.height(caption) + Type.ascent(caption),
            false);
      }
    }
    if (d != null && !d.platforms().isEmpty() && !platforms.isEmpty()) {
      drawPlatforms(pen, d, caption, inner);
    }
    drawn = List.copyOf(pen.drawn);
  }

  /**
   * The brand on each platform: a row each, the platform's name then its followers and active
   * members, or across both columns why there are none; captions above the columns.
   */
  private void drawPlatforms(Pen pen, DaySnapshot d, Font caption, double inner) {
    double gap = pad;
    double activeRight = pad + inner;
    double followersRight = activeRight - numberColumn - gap;
    double nameWidth = followersRight - numberColumn - gap - pad;
    double y = platformsTop + pad * 0.5;
    double captionBaseline = y + Type.ascent(caption);
    pen.text(
        Type.fit(caption, words.platformsHeading(), nameWidth),
        caption,
        GREY_TEXT,
        pad,
        captionBaseline,
        false);
    right(pen, words.platformFollowers(), caption, GREY_TEXT, followersRight, captionBaseline);
    right(pen, words.platformActive(), caption, GREY_TEXT, activeRight, captionBaseline);
    y += Type.height(caption);
    for (int p = 0; p < Math.min(platforms.size(), d.platforms().size()); p++) {
      DaySnapshot.OnPlatform on = d.platforms().get(p);
      List<String> cells = row(words, on, d.day());
      boolean dots = on.name().equals(d.dotsOn());
      Font name = Type.font(dots ? Font.BOLD : Font.PLAIN, textPx);
      double baseline = y + Type.ascent(name);
      Color ink = cells.size() == 2 ? NodeState.INK : GREY_TEXT;
      pen.text(Type.fit(name, on.name(), nameWidth), name, ink, pad, baseline, false);
      if (cells.size() == 2) {
        Font number = Type.font(Font.BOLD, textPx);
        right(pen, cells.get(0), shrunk(number, cells.get(0)), ink, followersRight, baseline);
        right(pen, cells.get(1), shrunk(number, cells.get(1)), ink, activeRight, baseline);
      } else {
        Font why = Type.font(Font.PLAIN, textPx);
        String said = Type.fit(why, cells.get(0), 2 * numberColumn + gap);
        right(pen, said, why, ink, activeRight, baseline);
      }
      y += Type.height(name);
    }
  }

  /**
   * What a platform's row says on {@code day}: its followers and active members, or, when the arm
   * has no account there or not yet, why, in one cell across both.
   */
  static List<String> row(ConsoleText words, DaySnapshot.OnPlatform on, int day) {
    if (!on.present()) {
      return List.of(words.platformAbsent());
    }
    if (day < on.opens()) {
      return List.of(words.platformOpens(on.opens()));
    }
    return List.of(words.count(on.followers()), words.count(on.active()));
  }

  /** A number in its column's font, smaller if it is wider than the column's template. */
  private Font shrunk(Font font, String text) {
    double width = Type.width(font, text);
    return width <= numberColumn ? font : Type.font(Font.BOLD, textPx * numberColumn / width);
  }

  private static void right(
      Pen pen, String text, Font font, Color colour, double right, double baseline) {
    pen.text(text, font, colour, right - Type.width(font, text), baseline, false);
  }

  /** Draws text at layout coordinates (scale 1, from the cell's corner) and notes where it went. */
  static final class Pen {
    private final Graphics2D g;
    private final double x0;
    private final double y0;
    private final double zoom;
    final List<DrawnText> drawn = new ArrayList<>();

    Pen(Graphics2D g, double x0, double y0, double zoom) {
      this.g = g;
      this.x0 = x0;
      this.y0 = y0;
      this.zoom = zoom;
    }

    void text(String text, Font font, Color colour, double x, double baseline, boolean key) {
      Font zoomed = font.deriveFont((float) (font.getSize2D() * zoom));
      g.setFont(zoomed);
      g.setColor(colour);
      double px = x0 + x * zoom;
      double py = y0 + baseline * zoom;
      g.drawString(text, (float) px, (float) py);
      double ascent = Type.ascent(zoomed);
      drawn.add(
          new DrawnText(
              text,
              new Rectangle2D.Double(
                  px, py - ascent, Type.width(zoomed, text), Type.height(zoomed)),
              zoomed.getSize2D(),
              key));
    }

    double zoom() {
      return zoom;
    }

    Graphics2D graphics() {
      return g;
    }

    double x(double x) {
      return x0 + x * zoom;
    }

    double y(double y) {
      return y0 + y * zoom;
    }
  }
}
