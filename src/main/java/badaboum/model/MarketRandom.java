package badaboum.model;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * The named random streams of one run, each derived from the run seed by the engine: drawing more
 * from one (adding a bot, a brand) never shifts the draws of another.
 */
public record MarketRandom(
    MersenneTwisterFast audience,
    MersenneTwisterFast network,
    MersenneTwisterFast platform,
    MersenneTwisterFast bots,
    List<MersenneTwisterFast> brands) {

  public MarketRandom {
    brands = List.copyOf(brands);
  }
}
