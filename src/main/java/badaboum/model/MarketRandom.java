package badaboum.model;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * The named random streams of one run, each derived from the run seed by the engine: drawing more
 * from one (adding a bot, a brand) never shifts the draws of another. {@code named} gives further
 * streams by name (the platforms', each page's when a market has several platforms).
 */
public record MarketRandom(
    MersenneTwisterFast audience,
    MersenneTwisterFast network,
    MersenneTwisterFast platform,
    MersenneTwisterFast bots,
    List<MersenneTwisterFast> brands,
    java.util.function.Function<String, MersenneTwisterFast> named) {

  public MarketRandom {
    brands = List.copyOf(brands);
  }
}
