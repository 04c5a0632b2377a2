package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.IntArrayList;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.RandomDraws;
import ec.util.MersenneTwisterFast;

/**
 * Step 8a, random churn: each follower unfollows with probability {@code unfollow_per_day} a day.
 * Geometric skipping over the followers visits only those who leave.
 */
public final class Unfollowing implements Mechanism {
  private final double perDay;

  public Unfollowing(double perDay) {
    this.perDay = perDay;
  }

  @Override
  public String name() {
    return "unfollowing";
  }

  @Override
  public void apply(Market market) {
    for (BrandCommunity brand : market.brands()) {
      MersenneTwisterFast random = brand.random();
      int count = brand.followerCount();
      IntArrayList leaving = new IntArrayList();
      for (long i = RandomDraws.skip(random, perDay);
          i < count;
          i += 1L + RandomDraws.skip(random, perDay)) {
        leaving.add(brand.follower((int) i)); // all picked before anyone leaves and reorders
      }
      for (int k = 0; k < leaving.size(); k++) {
        brand.unfollow(leaving.get(k));
      }
    }
  }
}
