package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.JoinChannel;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.RandomDraws;
import badaboum.model.network.Graph;
import badaboum.scenario.SatisfactionSpec;
import badaboum.scenario.Speakers;
import badaboum.scenario.WordOfMouthSpec;
import ec.util.MersenneTwisterFast;
import java.util.function.IntUnaryOperator;

/**
 * Word of mouth as it was before the frontier, the yardstick of {@link SameOutcomesIT}: the day's
 * contacts are one Poisson total over every speaker, each from a uniformly drawn speaker to a
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
      MersenneTwisterFast random = brand.random();
      // speakers are this morning's: newcomers are appended after them and stay silent today
      boolean everyone = spec.speakers() == Speakers.FOLLOWERS;
      int count = everyone ? brand.followerCount() : brand.activeCount();
      IntUnaryOperator speakers = everyone ? brand::follower : brand::activeMember;
      talk(friends, brand, random, count, speakers, spec.contactsPerDay());
      int[] ambassadors = brand.ambassadorSnapshot();
      double extra = brand.community().ambassadors().wordOfMouthFactor() - 1;
      talk(
          friends,
          brand,
          random,
          ambassadors.length,
          i -> ambassadors[i],
          extra * spec.contactsPerDay());
    }
  }

  private void talk(
      Graph friends,
      BrandCommunity brand,
      MersenneTwisterFast random,
      int count,
      IntUnaryOperator speakers,
      double contactsEach) {
    if (count == 0 || contactsEach <= 0) {
      return;
    }
    long contacts = RandomDraws.poisson(random, contactsEach * count);
    for (long c = 0; c < contacts; c++) {
      int speaker = speakers.applyAsInt(random.nextInt(count));
      int friend = friends.randomNeighbor(speaker, random);
      if (friend >= 0 && random.nextDouble() < conversion(brand, speaker)) {
        brand.consider(friend, JoinChannel.WORD_OF_MOUTH, 1.0);
      }
    }
  }

  private double conversion(BrandCommunity brand, int speaker) {
    if (!spec.brandDependent()) {
      return spec.conversion();
    }
    // a delighted speaker convinces twice as often as an indifferent one, a hostile one never
    return spec.conversion() * brand.satisfaction(speaker) / SatisfactionSpec.INDIFFERENT;
  }
}
