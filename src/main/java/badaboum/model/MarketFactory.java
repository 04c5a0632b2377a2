package badaboum.model;

import badaboum.scenario.BrandSpec;
import badaboum.scenario.Scenario;
import badaboum.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;

/** Builds the market of one run: the audience, then each brand with its starting followers. */
public final class MarketFactory {
  private MarketFactory() {}

  /**
   * The market of a run where the first brand plays {@code arm}; {@code random.brands()} holds one
   * stream per brand, in the scenario's order.
   */
  public static Market create(Scenario scenario, String arm, MarketRandom random) {
    Audience audience =
        AudienceFactory.create(scenario.audience(), random.audience(), random.network());
    List<BrandCommunity> brands = new ArrayList<>();
    for (int i = 0; i < scenario.brands().size(); i++) {
      BrandSpec spec = scenario.brands().get(i);
      StrategySpec strategy = scenario.strategy(i == 0 ? arm : spec.strategy());
      Programme programme =
          new Programme(
              strategy,
              spec.management(),
              scenario.platform(),
              scenario.community().satisfaction().promoMemoryPosts());
      BrandCommunity brand =
          new BrandCommunity(
              spec.name(),
              audience,
              scenario.community(),
              scenario.outrage(),
              programme,
              random.brands().get(i));
      seedFollowers(brand, scenario.community().initialFollowers());
      brands.add(brand);
    }
    return new Market(
        audience,
        brands,
        scenario.platform(),
        scenario.contentTypes(),
        random.platform(),
        random.bots());
  }

  /** Day-0 followers, a uniformly drawn share of the audience, all active. */
  private static void seedFollowers(BrandCommunity brand, double share) {
    if (share <= 0) {
      return;
    }
    int n = brand.audience().size();
    brand.startDay(0);
    for (long person = RandomDraws.skip(brand.random(), share);
        person < n;
        person += 1L + RandomDraws.skip(brand.random(), share)) {
      brand.found((int) person);
    }
  }
}
