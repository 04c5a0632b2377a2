package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Experiences;
import badaboum.model.IntArrayList;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.RandomDraws;
import ec.util.MersenneTwisterFast;

/**
 * Step 8a, churn. Each follower unfollows with probability {@code unfollow_per_day} a day, times
 * 4^(1 − 2·satisfaction) (four times as likely when fed up, four times less when delighted), up to
 * four times more under promotional overload, and three times more while outraged by a crisis.
 * Candidates are drawn by geometric skipping at the highest hazard anyone can have today and kept
 * with the ratio of their own hazard to it (thinning), so the cost grows with those who might
 * leave. Contest joiners who have not grown attached (satisfaction of 0.6 or more) leave at their
 * contest's rate once the prize is gone.
 */
public final class Unfollowing implements Mechanism {
  /** 4^(1 − 2·satisfaction) at satisfaction 0: experiences keep satisfaction within [0, 1]. */
  private static final double MAX_SATISFACTION_MULTIPLIER = 4;

  private static final double OUTRAGE_MULTIPLIER = 3;

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
      randomChurn(brand);
      contestJoinersLeave(brand);
    }
  }

  private void randomChurn(BrandCommunity brand) {
    MersenneTwisterFast random = brand.random();
    double promo = promotionMultiplier(brand);
    // the highest hazard anyone can have today: candidates are drawn at it, then thinned
    double outrage = brand.outragedCount() > 0 ? OUTRAGE_MULTIPLIER : 1;
    double ceiling = Math.min(1, perDay * MAX_SATISFACTION_MULTIPLIER * promo * outrage);
    int count = brand.followerCount();
    IntArrayList leaving = new IntArrayList();
    for (long i = RandomDraws.skip(random, ceiling);
        i < count;
        i += 1L + RandomDraws.skip(random, ceiling)) {
      int person = brand.follower((int) i); // all picked before anyone leaves and reorders
      double hazard = perDay * satisfactionMultiplier(brand.satisfaction(person)) * promo;
      if (brand.isOutraged(person)) {
        hazard *= OUTRAGE_MULTIPLIER;
      }
      if (random.nextDouble() * ceiling < Math.min(hazard, ceiling)) {
        leaving.add(person);
      }
    }
    for (int k = 0; k < leaving.size(); k++) {
      brand.unfollow(leaving.get(k));
    }
  }

  private static void contestJoinersLeave(BrandCommunity brand) {
    MersenneTwisterFast random = brand.random();
    for (int person : brand.contestJoinerSnapshot()) {
      if (brand.today() > brand.prizeGoneDay(person)
          && !brand.attached(person)
          && random.nextDouble() < brand.contestChurn(person)) {
        brand.unfollow(person);
      }
    }
  }

  static double satisfactionMultiplier(double satisfaction) {
    return Math.pow(4, 1 - 2 * satisfaction);
  }

  /** 1 up to the tolerated promotional share, rising to 4 when every post is promotion. */
  private static double promotionMultiplier(BrandCommunity brand) {
    double excess = brand.programme().recentPromotionalShare() - Experiences.PROMO_TOLERANCE;
    return excess <= 0 ? 1 : 1 + 3 * excess / (1 - Experiences.PROMO_TOLERANCE);
  }
}
