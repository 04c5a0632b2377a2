package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.JoinChannel;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.RandomDraws;
import badaboum.model.network.Graph;
import badaboum.scenario.WordOfMouthSpec;
import ec.util.MersenneTwisterFast;

/**
 * Word of mouth as it was before the frontier, the yardstick of {@link SameOutcomesTest}: the day's
 * contacts are one Poisson total over every follower, each from a uniformly drawn follower to a
 * uniformly drawn friend, whether or not anyone is left to convince.
 */
final class UnoptimisedWordOfMouth implements Mechanism {
  private final WordOfMouthSpec spec;

  UnoptimisedWordOfMouth(WordOfMouthSpec spec) {
    this.spec = spec;
  }

  @Override
  public String name() {
    return "word of mouth";
  }

  @Override
  public void apply(Market market) {
    Graph friends = market.audience().friends();
    for (BrandCommunity brand : market.brands()) {
      int senders = brand.followerCount();
      if (senders == 0) {
        continue;
      }
      MersenneTwisterFast random = brand.random();
      long contacts = RandomDraws.poisson(random, spec.contactsPerDay() * senders);
      for (long c = 0; c < contacts; c++) {
        int sender = brand.follower(random.nextInt(senders));
        tell(brand, sender, friends.randomNeighbor(sender, random), random);
      }
      int[] ambassadors = brand.ambassadorSnapshot();
      long extra =
          ambassadors.length == 0
              ? 0
              : RandomDraws.poisson(random, 2 * spec.contactsPerDay() * ambassadors.length);
      for (long c = 0; c < extra; c++) {
        int sender = ambassadors[random.nextInt(ambassadors.length)];
        tell(brand, sender, friends.randomNeighbor(sender, random), random);
      }
    }
  }

  private void tell(BrandCommunity brand, int sender, int friend, MersenneTwisterFast random) {
    double conversion =
        spec.brandDependent()
            ? spec.conversion() * 2 * brand.satisfaction(sender)
            : spec.conversion();
    if (friend >= 0 && random.nextDouble() < conversion) {
      brand.consider(friend, JoinChannel.WORD_OF_MOUTH, 1.0);
    }
  }
}
