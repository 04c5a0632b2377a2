package badaboum.model;

import badaboum.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Builds the market of one run: the audience, then each brand with its starting followers. */
public final class MarketFactory {
  private MarketFactory() {}

  /** The name of the brand that plays the compared strategy. */
  public static final String FOCAL_BRAND = "brand";

  public static Market create(Scenario scenario, String arm, MarketRandom random) {
    Audience audience =
        AudienceFactory.create(scenario.audience(), random.audience(), random.network());
    List<BrandCommunity> brands = new ArrayList<>();
    BrandCommunity brand =
        new BrandCommunity(FOCAL_BRAND, audience, scenario.community(), random.brands().get(0));
    seedFollowers(brand, scenario.community().initialFollowers());
    brands.add(brand);
    return new Market(audience, brands);
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
      brand.follow((int) person, JoinChannel.INITIAL);
    }
  }
}
