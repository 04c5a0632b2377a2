package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.ContestJoiners;
import badaboum.model.IntArrayList;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.RandomDraws;
import badaboum.scenario.CommunitySpec;
import badaboum.scenario.SatisfactionSpec;
import ec.util.MersenneTwisterFast;

/**
 * Step 8a, churn. Each follower unfollows with probability {@code unfollow_per_day} a day, times
 * ratio^(1 − 2·satisfaction) ({@code unfollow_satisfaction_ratio}: that many times as likely when
 * fed up, that many times less when delighted), up to {@code promo_unfollow_factor} times more
 * under promotional overload, and {@code outrage.unfollow_factor} times more while outraged by a
 * crisis. Candidates are drawn by geometric skipping at the highest possible hazard and kept with
 * the ratio of their own hazard to it (thinning), so the cost grows with those who might leave.
 * Contest joiners who have not grown attached ({@code contest_attachment}) leave at their contest's
 * rate once the prize is gone.
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
      randomChurn(brand);
      contestJoinersLeave(brand);
    }
  }

  private void randomChurn(BrandCommunity brand) {
    MersenneTwisterFast random = brand.random();
    CommunitySpec community = brand.community();
    double ratio = community.unfollowSatisfactionRatio();
    // the thinning ceiling counts outrage only when someone is outraged: a key that does not act
    // today must not shift today's draws (common random numbers across a sweep)
    double outraged = brand.outragedCount() > 0 ? brand.outrage().unfollowFactor() : 1;
    double promo = promotionMultiplier(brand);
    double ceiling = Math.min(1, perDay * ratio * promo * outraged);
    int count = brand.followerCount();
    IntArrayList leaving = new IntArrayList();
    for (long i = RandomDraws.skip(random, ceiling);
        i < count;
        i += 1L + RandomDraws.skip(random, ceiling)) {
      int person = brand.follower((int) i); // all picked before anyone leaves and reorders
      double hazard = perDay * satisfactionMultiplier(brand.satisfaction(person), ratio) * promo;
      if (brand.isOutraged(person)) {
        hazard *= outraged;
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
    ContestJoiners joiners = brand.contestJoiners();
    for (int person : joiners.snapshot()) {
      if (brand.today() > joiners.prizeGoneDay(person)
          && !brand.attached(person)
          && random.nextDouble() < joiners.churn(person)) {
        brand.unfollow(person);
      }
    }
  }

  /** ratio^(1 − 2·satisfaction): 1 when indifferent, ratio when fed up, 1/ratio when delighted. */
  static double satisfactionMultiplier(double satisfaction, double ratio) {
    double mood = (satisfaction - SatisfactionSpec.INDIFFERENT) / SatisfactionSpec.INDIFFERENT;
    return Math.pow(ratio, -mood);
  }

  /** 1 up to the tolerated promotional share, rising to the factor when every post is promotion. */
  private static double promotionMultiplier(BrandCommunity brand) {
    double tolerance = brand.satisfactionRules().promoTolerance();
    double excess = brand.programme().recentPromotionalShare() - tolerance;
    double factor = brand.community().promoUnfollowFactor();
    return excess <= 0 || tolerance >= 1 ? 1 : 1 + (factor - 1) * excess / (1 - tolerance);
  }
}
