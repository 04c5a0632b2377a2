package badaboum.model;

import badaboum.scenario.BrandSpec;
import badaboum.scenario.MarketPlatformSpec;
import badaboum.scenario.PresenceSpec;
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
    if (scenario.severalPlatforms()) {
      return onPlatforms(scenario, arm, random, audience);
    }
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

  /**
   * A market of several platforms: one page per brand and platform it is on, each with its own
   * stream ({@code brand:<name>@<platform>}); who is on which platform is drawn from the {@code
   * platforms} stream. Day-0 followers are drawn on each page open on day 0 among the people on its
   * platform.
   */
  private static Market onPlatforms(
      Scenario scenario, String arm, MarketRandom random, Audience audience) {
    Platforms platforms =
        new Platforms(
            scenario.platforms(),
            scenario.platform().attentionShared(),
            audience.size(),
            random.named().apply("platforms"));
    platforms.startDay(0);
    List<BrandCommunity> communities = new ArrayList<>();
    List<PlatformPages.Page> pages = new ArrayList<>();
    for (int i = 0; i < scenario.brands().size(); i++) {
      BrandSpec spec = scenario.brands().get(i);
      StrategySpec strategy = scenario.strategy(i == 0 ? arm : spec.strategy());
      for (PresenceSpec account : accounts(scenario, strategy)) {
        int p = platformIndex(scenario, account.name());
        MarketPlatformSpec where = scenario.platforms().get(p);
        Programme programme =
            new Programme(
                strategy.onPlatform(account),
                spec.management(),
                scenario.platform().withReach(where.organicReach(), where.reachFeedback()),
                scenario.community().satisfaction().promoMemoryPosts());
        BrandCommunity page =
            new BrandCommunity(
                spec.name(),
                audience,
                scenario.community(),
                scenario.outrage(),
                programme,
                random.named().apply("brand:" + spec.name() + "@" + where.name()));
        if (Math.max(account.from(), where.opens()) == 0) {
          seedFollowers(
              page, scenario.community().initialFollowers(), person -> platforms.on(p, person));
        }
        communities.add(page);
        pages.add(new PlatformPages.Page(i, p, account, page));
      }
    }
    Market market =
        new Market(
            audience,
            communities,
            scenario.platform(),
            scenario.contentTypes(),
            random.platform(),
            random.bots());
    market.onPlatforms(new PlatformPages(platforms, pages));
    return market;
  }

  /** The brand's accounts: those its strategy names, else one on the market's first platform. */
  private static List<PresenceSpec> accounts(Scenario scenario, StrategySpec strategy) {
    if (!strategy.platforms().isEmpty()) {
      return strategy.platforms();
    }
    return List.of(
        new PresenceSpec(scenario.platforms().get(0).name(), strategy.postsPerWeek(), 0));
  }

  private static int platformIndex(Scenario scenario, String name) {
    for (int p = 0; p < scenario.platforms().size(); p++) {
      if (scenario.platforms().get(p).name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no platform named '" + name + "'");
  }

  /** Day-0 followers, a uniformly drawn share of the audience, all active. */
  private static void seedFollowers(BrandCommunity brand, double share) {
    seedFollowers(brand, share, person -> true);
  }

  /** Day-0 followers, a uniformly drawn share of the people {@code there}, all active. */
  private static void seedFollowers(
      BrandCommunity brand, double share, java.util.function.IntPredicate there) {
    if (share <= 0) {
      return;
    }
    int n = brand.audience().size();
    brand.startDay(0);
    for (long person = RandomDraws.skip(brand.random(), share);
        person < n;
        person += 1L + RandomDraws.skip(brand.random(), share)) {
      if (there.test((int) person)) {
        brand.found((int) person);
      }
    }
  }
}
