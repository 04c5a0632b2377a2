package badaboum.gui;

import badaboum.model.BrandCommunity;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * The network view's field: the sample of the audience laid out in a disc, the friendships among
 * them, a column on the right for the legend, and below it a block of grey squares for the bots
 * (bought fans, spam and troll bots), which the model counts but does not make persons: one square
 * stands for as many accounts as one dot stands for people, as many as fit. The field is {@link
 * #HEIGHT} units high and as wide as the display's proportions ask.
 */
final class AudienceView {
  static final double HEIGHT = 100;

  /** Width of the legend column on the right, in field units, in a wide view. */
  static final double LEGEND_WIDTH = 36;

  /** Top of the disc of people: the header (day, numbers) is drawn above it. */
  static final double HEADER = 13;

  static final double BOT_TOP = 71;
  static final double BOT_SPACING = 2.3;

  private final AudienceSample sample;
  private final double width;
  private final double legendScale;
  private final Continuous2D field;
  private final Network network;
  private final PersonNode[] people;
  private final BotNode[] bots;
  private volatile BrandCommunity brand;
  private volatile int botsShown;

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

  AudienceView(AudienceSample sample, double width) {
    this.sample = sample;
    this.width = width;
    // a narrow view keeps more room for the people with a smaller legend
    this.legendScale = Math.max(0.7, Math.min(1, width / 130));
    double legendWidth = legendWidth();
    this.field = new Continuous2D(4, width, HEIGHT);
    this.network = new Network(false);
    int m = sample.size();
    people = new PersonNode[m];
    double discWidth = width - legendWidth;
    double cx = discWidth / 2;
    double cy = (HEADER + HEIGHT) / 2;
    double radius = Math.min(discWidth / 2, (HEIGHT - HEADER) / 2) - 3;
    for (int i = 0; i < m; i++) {
      people[i] = new PersonNode(this, sample.person(i));
      field.setObjectLocation(
          people[i], new Double2D(cx + radius * sample.x(i), cy + radius * sample.y(i)));
      network.addNode(people[i]);
    }
    for (int e = 0; e < sample.edgeCount(); e++) {
      network.addEdge(people[sample.edgeFrom(e)], people[sample.edgeTo(e)], null);
    }
    int columns = (int) ((legendWidth - 4) / BOT_SPACING);
    int rows = (int) ((HEIGHT - 2 - BOT_TOP) / BOT_SPACING);
    bots = new BotNode[columns * rows];
    double left = width - legendWidth + 2 + BOT_SPACING / 2;
    for (int i = 0; i < bots.length; i++) {
      bots[i] = new BotNode(i);
      field.setObjectLocation(
          bots[i],
          new Double2D(
              left + (i % columns) * BOT_SPACING, BOT_TOP + (i / columns + 0.5) * BOT_SPACING));
    }
  }

  AudienceSample sample() {
    return sample;
  }

  double width() {
    return width;
  }

  /** Size of the legend's text and swatches relative to a wide view's. */
  double legendScale() {
    return legendScale;
  }

  double legendWidth() {
    return LEGEND_WIDTH * legendScale;
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
    return sample.population() / (double) sample.size();
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
    return sample.population();
  }

  int personCount() {
    return people.length;
  }

  PersonNode person(int i) {
    return people[i];
  }
}
