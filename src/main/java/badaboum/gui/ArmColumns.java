package badaboum.gui;

import badaboum.engine.CommunitySimulation;
import badaboum.engine.RunSpec;
import badaboum.model.Market;
import badaboum.model.network.Graph;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import sim.display.Display2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The network view's columns: a cell per arm, with its links, its people and its key numbers, and
 * the legend (a column beside one arm, a band under several). Points each arm's view at its market
 * and reads each arm's day; it only reads the markets.
 */
final class ArmColumns {
  /** Share of the network view's width the legend column takes beside one arm. */
  static final double LEGEND_COLUMN = 0.3;

  private final WorkshopParameters parameters;
  private final WorkshopStyle style;
  private final ConsoleText words;
  private final int sampleSize;
  private final List<ArmPane> panes = new ArrayList<>();
  private Legend legend;
  private Graph shownGraph;
  private volatile int shownDay;

  /**
   * @param sampleSize people drawn in each arm's view
   */
  ArmColumns(WorkshopParameters parameters, WorkshopStyle style, int sampleSize) {
    this.parameters = parameters;
    this.style = style;
    this.words = style.text();
    this.sampleSize = sampleSize;
  }

  /**
   * Divides the drawing ({@code width} × {@code height} pixels at scale 1) into a cell per arm and
   * the legend; attaches each arm's layers and the legend to the display.
   */
  void attach(Display2D display, double width, double height) {
    List<String> arms = parameters.arms();
    int n = arms.size();
    Rectangle2D.Double legendCell;
    List<Rectangle2D.Double> cells = new ArrayList<>();
    if (n == 1) {
      double column = Math.round(width * LEGEND_COLUMN);
      cells.add(new Rectangle2D.Double(0, 0, width - column, height));
      legendCell = new Rectangle2D.Double(width - column, 0, column, height);
      legend = legend(column, height);
    } else {
      double guess = height * 0.8;
      Legend band = legend(width, guess);
      double cellHeight = height - band.height();
      legend = legend(width, cellHeight);
      cellHeight = height - legend.height();
      for (int i = 0; i < n; i++) {
        cells.add(new Rectangle2D.Double(i * width / n, 0, width / n, cellHeight));
      }
      legendCell = new Rectangle2D.Double(0, cellHeight, width, legend.height());
    }
    for (int i = 0; i < n; i++) {
      ArmPane[] pane = new ArmPane[1];
      Color colour = WorkshopStyle.arm(i);
      pane[0] =
          new ArmPane(
              arms.get(i),
              cells.get(i),
              new ArmHeader(
                  arms.get(i),
                  colour,
                  style,
                  cells.get(i).width,
                  platformNames(),
                  () -> pane[0].status));
      panes.add(pane[0]);
      display.attach(pane[0].links, words.linksLayer(arms.get(i), n), cells.get(i));
      display.attach(pane[0].people, words.peopleLayer(arms.get(i), n), cells.get(i));
      display.attach(pane[0].header, words.numbersLayer(arms.get(i), n), cells.get(i));
    }
    display.attach(legend, words.legendLayer(), legendCell);
  }

  /** The legend {@code width} pixels wide, its dots sized for cells {@code cellHeight} high. */
  private Legend legend(double width, double cellHeight) {
    int population = parameters.scenario().audience().size();
    return new Legend(
        style,
        width,
        cellHeight / AudienceView.HEIGHT,
        () -> shownDay,
        days(),
        Math.min(sampleSize, population),
        population,
        !platformNames().isEmpty());
  }

  /** The market's platforms when it has several, else none. */
  private List<String> platformNames() {
    return parameters.scenario().platforms().stream().map(p -> p.name()).toList();
  }

  private int days() {
    return parameters.scenario().days();
  }

  /**
   * Points each arm's view at its market: a new sample and layout if the friendships changed (a new
   * replicate), else the same people, shown as they are now.
   */
  void show(List<Market> markets, List<RunSpec> specs, boolean started) {
    Graph graph = markets.get(0).audience().friends();
    boolean fresh = shownGraph == null || !graph.equals(shownGraph);
    long seed = parameters.runSpec(0).seed();
    for (int i = 0; i < panes.size(); i++) {
      ArmPane pane = panes.get(i);
      Market market = markets.get(i);
      if (fresh || pane.view == null) {
        CommunityFocus focus =
            new CommunityFocus(AudienceSample.of(graph, sampleSize, seed), graph, seed);
        double units = AudienceView.HEIGHT / pane.cell.height;
        AudienceView next =
            new AudienceView(
                focus, graph.size(), pane.cell.width * units, pane.header.height() * units);
        pane.people.setField(next.field());
        pane.people.setPortrayalForAll(new NodePortrayal(next));
        pane.links.setField(new SpatialNetwork2D(next.field(), next.network()));
        pane.links.setPortrayalForAll(new LinkPortrayal());
        pane.view = next;
      }
      pane.view.show(market.brands().get(0));
      pane.eventsSeen = new int[market.brands().size()];
      pane.tally = PlatformTally.of(market, specs.get(i));
      DaySnapshot first =
          DaySnapshot.of(market, started ? pane.eventsSeen : pane.eventsSeen.clone(), pane.tally);
      pane.view.showBots(first.bots());
      pane.status = new ArmHeader.Status(days(), first, started);
      shownDay = first.day();
    }
    shownGraph = graph;
  }

  /** Reads the day just ended in every arm; on the model's thread, within the schedule's lock. */
  List<DaySnapshot> read(Lockstep lockstep) {
    List<DaySnapshot> days = new ArrayList<>();
    for (int i = 0; i < panes.size(); i++) {
      ArmPane pane = panes.get(i);
      CommunitySimulation sim = lockstep.arms().get(i);
      DaySnapshot day = DaySnapshot.of(sim.market(), pane.eventsSeen, pane.tally);
      pane.view.update(sim.market().brands().get(0));
      pane.view.showBots(day.bots());
      pane.status = new ArmHeader.Status(sim.spec().scenario().days(), day, true);
      days.add(day);
    }
    shownDay = days.get(0).day();
    return days;
  }

  List<ArmPane> panes() {
    return panes;
  }

  Legend legend() {
    return legend;
  }
}
