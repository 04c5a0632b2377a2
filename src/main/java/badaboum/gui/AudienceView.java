package badaboum.gui;

import badaboum.model.BrandCommunity;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * One arm's network view: its cell of the display as a field {@link #HEIGHT} units high and as wide
 * as the cell's proportions ask, with the arm's numbers across the top ({@link #top()} units), the
 * people drawn in a disc below them ({@link CommunityFocus}: the community first, friendships and
 * member-to-member ties among them), and along the bottom a band of grey squares for the bots
 * (bought fans, spam and troll bots), which the model counts but does not make persons: one square
 * stands for as many accounts as one dot stands for people, as many as fit.
 */
final class AudienceView {
  static final double HEIGHT = 100;

  /** Room for the bots' squares along the bottom, in field units. */
  static final double BOT_BAND = 6;

  static final double BOT_SPACING = 2.3;

  /** A ring of air around the disc, in field units. */
  private static final double MARGIN = 2;

  private final CommunityFocus focus;
  private final int population;
  private final double width;
  private final double top;
  private final Continuous2D field;
  private final Network network;
  private final PersonNode[] people;
  private final BotNode[] bots;
  private final double cx;
  private final double cy;
  private final double radius;
  private volatile BrandCommunity brand;
  private volatile int botsShown;
  private int shownVersion = -1;

  /** A bot square; only the first {@link AudienceView#botsShown()} are drawn. */
  static final class BotNode {
    private final int index;

    BotNode(int index) {
      this.index = index;
    }

    int index() {
      return index;
    }

    @Override
    public String toString() {
      return "bot";
    }
  }

  /** A line of the network view: a friendship, or a tie between members who answered each other. */
  enum Link {
    FRIENDSHIP,
    TIE
  }

  /**
   * @param width the field's width in units, the cell's width over its height times {@link #HEIGHT}
   * @param top the units the arm's numbers take at the top
   */
  AudienceView(CommunityFocus focus, int population, double width, double top) {
    this.focus = focus;
    this.population = population;
    this.width = width;
    this.top = top;
    this.field = new Continuous2D(4, width, HEIGHT);
    this.network = new Network(false);
    double bottom = HEIGHT - BOT_BAND;
    this.cx = width / 2;
    this.cy = (top + bottom) / 2;
    this.radius = Math.max(1, Math.min(width / 2, (bottom - top) / 2) - MARGIN);
    people = new PersonNode[focus.size()];
    int columns = Math.max(1, (int) ((width - 2 * MARGIN) / BOT_SPACING));
    int rows = Math.max(1, (int) (BOT_BAND / BOT_SPACING));
    bots = new BotNode[columns * rows];
    for (int i = 0; i < bots.length; i++) {
      bots[i] = new BotNode(i);
      field.setObjectLocation(
          bots[i],
          new Double2D(
              MARGIN + (i % columns + 0.5) * BOT_SPACING,
              bottom + (i / columns + 0.5) * BOT_SPACING));
    }
    sync();
  }

  /** Draws the focus as it is now: who sits where, and the lines among them. */
  void sync() {
    int m = focus.size();
    if (focus.version() != shownVersion) {
      for (int i = 0; i < m; i++) {
        if (people[i] == null || people[i].person() != focus.person(i)) {
          if (people[i] != null) {
            field.remove(people[i]);
          }
          people[i] = new PersonNode(this, focus.person(i));
        }
      }
      shownVersion = focus.version();
    }
    network.clear();
    for (int i = 0; i < m; i++) {
      field.setObjectLocation(people[i], at(i));
      network.addNode(people[i]);
    }
    for (int e = 0; e < focus.edgeCount(); e++) {
      network.addEdge(
          people[focus.edgeFrom(e)],
          people[focus.edgeTo(e)],
          focus.tie(e) ? Link.TIE : Link.FRIENDSHIP);
    }
  }

  /** After a day: the community brought into view and the layout settled, then drawn. */
  void update(BrandCommunity brand) {
    this.brand = brand;
    focus.update(brand);
    sync();
  }

  private Double2D at(int slot) {
    return new Double2D(cx + radius * focus.x(slot), cy + radius * focus.y(slot));
  }

  CommunityFocus focus() {
    return focus;
  }

  double width() {
    return width;
  }

  /** Units at the top taken by the arm's numbers. */
  double top() {
    return top;
  }

  /** The disc of people: centre and radius in field units. */
  double discX() {
    return cx;
  }

  double discY() {
    return cy;
  }

  double discRadius() {
    return radius;
  }

  Continuous2D field() {
    return field;
  }

  Network network() {
    return network;
  }

  /** The brand whose state the dots show: the focal brand of the current run, or null. */
  BrandCommunity brand() {
    return brand;
  }

  void show(BrandCommunity brand) {
    this.brand = brand;
  }

  /** How many people or accounts one dot stands for. */
  double perDot() {
    return population / (double) people.length;
  }

  int botsShown() {
    return botsShown;
  }

  /** Shows {@code bots} accounts at the scale of the sample (at least one square if any). */
  void showBots(int bots) {
    int squares = (int) Math.round(bots / perDot());
    if (bots > 0 && squares == 0) {
      squares = 1;
    }
    botsShown = Math.min(squares, this.bots.length);
  }

  /** Whether more bots exist than there are squares to show them. */
  boolean botsCapped(int bots) {
    return Math.round(bots / perDot()) > this.bots.length;
  }

  int population() {
    return population;
  }

  int personCount() {
    return people.length;
  }

  PersonNode person(int i) {
    return people[i];
  }
}
