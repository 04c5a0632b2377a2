package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.IntArrayList;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.RandomDraws;
import badaboum.scenario.CommunitySpec;
import ec.util.MersenneTwisterFast;

/**
 * Step 8c, departure for want of benefit (DESIGN.md §2.1): every follower, active or dormant,
 * weighs the benefit of staying, {@code benefit_per_active_friend} × (active friends + active ties)
 * plus what the brand's live programme is worth to them, against the {@code cost_of_attention}. One
 * whose benefit b falls below the cost c leaves with hazard rate × min(1, steepness × (c − b) / c)
 * a day. Cancellation removes the brand's part, and departures then spread over weeks as the hazard
 * says. With rate 1 and a large steepness this is the Friendster rule (Garcia, Mavrodiev,
 * Schweitzer 2013): everyone decides on the counts at this step of the day, then all who decided
 * leave together, and day after day the cascade peels the friendship graph down to its ⌈c/b⌉-core.
 * Candidates are drawn by geometric skipping at the rate and kept with their own hazard over it
 * (thinning), so the cost of a day grows with the rate.
 */
public final class Departure implements Mechanism {
  private final CommunitySpec spec;

  public Departure(CommunitySpec spec) {
    this.spec = spec;
  }

  @Override
  public String name() {
    return "departure";
  }

  @Override
  public void apply(Market market) {
    double rate = spec.departureRate();
    double cost = spec.costOfAttention();
    for (BrandCommunity brand : market.brands()) {
      MersenneTwisterFast random = brand.random();
      int count = brand.followerCount();
      IntArrayList leaving = new IntArrayList();
      for (long i = RandomDraws.skip(random, rate);
          i < count;
          i += 1L + RandomDraws.skip(random, rate)) {
        int person = brand.follower((int) i);
        double benefit = brand.benefit(person);
        if (benefit >= cost) {
          continue;
        }
        double hazard = Math.min(1, spec.departureSteepness() * (cost - benefit) / cost);
        if (!brand.isActive(person)) {
          hazard *= spec.dormantDepartureFactor();
        }
        if (hazard >= 1 || random.nextDouble() < hazard) {
          leaving.add(person);
        }
      }
      for (int k = 0; k < leaving.size(); k++) {
        brand.unfollow(leaving.get(k));
      }
    }
  }
}
