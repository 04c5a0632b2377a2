package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Experiences;
import badaboum.model.IntArrayList;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.RandomDraws;
import ec.util.MersenneTwisterFast;

/**
 * Unfollowing as it was before its candidates were drawn at the day's highest hazard, the yardstick
 * of {@link SameOutcomesTest}: candidates at the highest hazard any day could bring (4 × 4 × 3
 * times {@code unfollow_per_day}), thinned to each one's own.
 */
final class UnoptimisedUnfollowing implements Mechanism {
  private final double perDay;

  UnoptimisedUnfollowing(double perDay) {
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
      double excess = brand.programme().recentPromotionalShare() - Experiences.PROMO_TOLERANCE;
      double promo = excess <= 0 ? 1 : 1 + 3 * excess / (1 - Experiences.PROMO_TOLERANCE);
      double ceiling = Math.min(1, perDay * 4 * 4 * 3);
      int count = brand.followerCount();
      IntArrayList leaving = new IntArrayList();
      for (long i = RandomDraws.skip(random, ceiling);
          i < count;
          i += 1L + RandomDraws.skip(random, ceiling)) {
        int person = brand.follower((int) i);
        double hazard = perDay * Math.pow(4, 1 - 2 * brand.satisfaction(person)) * promo;
        if (brand.isOutraged(person)) {
          hazard *= 3;
        }
        if (random.nextDouble() * ceiling < Math.min(hazard, ceiling)) {
          leaving.add(person);
        }
      }
      for (int k = 0; k < leaving.size(); k++) {
        brand.unfollow(leaving.get(k));
      }
      for (int person : brand.contestJoinerSnapshot()) {
        if (brand.today() > brand.prizeGoneDay(person)
            && !brand.attached(person)
            && random.nextDouble() < brand.contestChurn(person)) {
          brand.unfollow(person);
        }
      }
    }
  }
}
