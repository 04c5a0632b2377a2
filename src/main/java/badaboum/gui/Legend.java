package badaboum.gui;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The network view's shared part: the day, and the legend of colours and lines, flowed into the
 * width it is given: a column beside one arm, or a band under two or three. The swatches are drawn
 * by {@link NodePortrayal}, as the dots are, at the dots' own size, so the legend always matches
 * them. Laid out once at the display's scale 1 and drawn at any zoom; what it draws is kept ({@link
 * #drawn()}) for the console's geometry checks.
 */
final class Legend extends FieldPortrayal2D {
  private static final long serialVersionUID = 1L;

  /** One piece of the flow: a swatch (or none) and its words. */
  private record Piece(
      NodeState swatch, boolean outraged, String text, int style, double size, boolean newLine) {}

  /** A piece placed: its baseline's left end, at scale 1 from the legend's corner. */
  private record Placed(Piece piece, double x, double baseline) {}

  private final ConsoleText words;
  private final double width;
  private final double unit;
  private final double pad;
  private final transient IntSupplier day;
  private final int days;
  private final double headingPx;
  private final List<Placed> placed = new ArrayList<>();
  private final double height;
  private transient volatile List<DrawnText> drawn = List.of();

  /**
   * @param width the legend's width in display pixels at scale 1
   * @param unit pixels per field unit of the arms' cells: the swatches' scale
   * @param day the day shown
   * @param drawn people drawn per arm, and the market's population, for the notes
   * @param severalPlatforms whether the market has several platforms: then a note says what the
   *     bold platform in each arm's table is
   */
  Legend(
      WorkshopStyle style,
      double width,
      double unit,
      IntSupplier day,
      int days,
      int drawnPeople,
      int population,
      boolean severalPlatforms) {
    this.words = style.text();
    this.width = width;
    this.unit = unit;
    this.day = day;
    this.days = days;
    double text = style.pixels(WorkshopStyle.TEXT);
    double small = style.pixels(WorkshopStyle.SMALL);
    this.headingPx = style.pixels(WorkshopStyle.HEADING);
    this.pad = text * 0.6;
    List<Piece> pieces = new ArrayList<>();
    pieces.add(new Piece(null, false, words.whoIsWho(), Font.BOLD, text, false));
    for (NodeState state : NodeState.values()) {
      pieces.add(new Piece(state, false, words.state(state), Font.PLAIN, text, false));
    }
    pieces.add(new Piece(NodeState.ACTIVE, true, words.outraged(), Font.PLAIN, text, false));
    List<String> notes =
        new ArrayList<>(
            List.of(
                words.drawn(drawnPeople, population),
                words.perDot(population / (double) drawnPeople),
                words.ties(),
                words.friendships()));
    if (severalPlatforms) {
      notes.add(words.platformInBold());
    }
    for (int i = 0; i < notes.size(); i++) {
      pieces.add(new Piece(null, false, notes.get(i), Font.PLAIN, small, i == 0));
    }
    this.height = flow(pieces);
  }

  /** Lays the pieces out left to right, wrapping; returns the height used. */
  private double flow(List<Piece> pieces) {
    double inner = width - 2 * pad;
    double y = pad + Type.height(Type.font(Font.BOLD, headingPx)) + pad * 0.3;
    double x = pad;
    double lineHeight = 0;
    boolean first = true;
    for (Piece p : pieces) {
      Font font = Type.font(p.style(), p.size());
      double swatch = p.swatch() == null ? 0 : swatchRoom(p.size());
      double indent = swatch; // a wrapped piece's later lines start under its first word
      boolean newLine = p.newLine();
      for (String words : Type.wrap(font, p.text(), inner - swatch)) {
        double w = swatch + Type.width(font, words);
        double h = Math.max(Type.height(font), swatch * 0.8);
        boolean continued = swatch == 0 && indent > 0;
        if (continued) {
          x = pad + indent;
          y += lineHeight + pad * 0.25;
          lineHeight = 0;
        } else if (!first && (x + w > pad + inner || newLine)) {
          x = pad;
          y += lineHeight + pad * 0.25;
          lineHeight = 0;
        }
        placed.add(
            new Placed(
                new Piece(
                    swatch > 0 ? p.swatch() : null,
                    p.outraged(),
                    words,
                    p.style(),
                    p.size(),
                    false),
                x,
                y + Type.ascent(font)));
        x += w + pad * 1.6;
        lineHeight = Math.max(lineHeight, h);
        first = false;
        newLine = false;
        swatch = 0; // a wrapped piece's later lines have no swatch
      }
    }
    return y + lineHeight + pad;
  }

  /** The room a swatch takes before its words: the largest dot and some air. */
  private double swatchRoom(double textSize) {
    return Math.max(NodeState.AMBASSADOR.diameter() * unit, textSize * 0.8) + pad * 0.8;
  }

  /** The height the legend needs at its width, in display pixels at scale 1. */
  double height() {
    return height;
  }

  /** What the last drawing wrote, in display pixels. */
  List<DrawnText> drawn() {
    return drawn;
  }

  @Override
  public void draw(Object object, Graphics2D g, DrawInfo2D info) {
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    double zoom = info.draw.width / width;
    ArmHeader.Pen pen = new ArmHeader.Pen(g, info.draw.x, info.draw.y, zoom);
    Font heading = Type.font(Font.BOLD, headingPx);
    pen.text(
        Type.fit(heading, words.day(day.getAsInt(), days), width - 2 * pad),
        heading,
        NodeState.INK,
        pad,
        pad + Type.ascent(heading),
        false);
    for (Placed p : placed) {
      Piece piece = p.piece();
      Font font = Type.font(piece.style(), piece.size());
      double x = p.x();
      if (piece.swatch() != null) {
        double room = swatchRoom(piece.size());
        double centre = p.baseline() - Type.ascent(font) * 0.35;
        NodePortrayal.paint(
            g,
            piece.swatch(),
            piece.outraged(),
            pen.x(x + room * 0.45),
            pen.y(centre),
            unit * zoom);
        x += room;
      }
      pen.text(
          piece.text(),
          font,
          piece.size() < headingPx && piece.style() == Font.PLAIN && piece.swatch() == null
              ? ArmHeader.GREY_TEXT
              : NodeState.INK,
          x,
          p.baseline(),
          false);
    }
    drawn = List.copyOf(pen.drawn);
  }
}
