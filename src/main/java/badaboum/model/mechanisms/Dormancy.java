package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.scenario.CommunitySpec;
import ec.util.MersenneTwisterFast;

/**
 * Step 8b, dormancy. An active follower goes dormant when they have not engaged for {@code
 * active_window} days, or, each day, with probability {@code dormancy} (the decay alpha: attention
 * drifts even in a lively community). Someone who became active today is spared the decay, so that
 * with peer reactivation beta the active share settles at 1 − alpha/beta.
 */
public final class Dormancy implements Mechanism {
  private final CommunitySpec spec;

  public Dormancy(CommunitySpec spec) {
    this.spec = spec;
  }

  @Override
  public String name() {
    return "dormancy";
  }

  @Override
  public void apply(Market market) {
    int today = market.day();
    for (BrandCommunity brand : market.brands()) {
      MersenneTwisterFast random = brand.random();
      for (int person : brand.activeSnapshot()) {
        boolean decays =
            brand.activeSince(person) < today && random.nextDouble() < spec.dormancyPerDay();
        if (decays || today - brand.lastEngaged(person) >= spec.activeWindowDays()) {
          brand.becomeDormant(person);
        }
      }
    }
  }
}
