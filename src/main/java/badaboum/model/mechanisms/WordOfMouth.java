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
 * Step 2, word of mouth: every follower makes Poisson({@code contacts_per_day}) contacts, each with
 * a random friend (a random person under complete mixing). A contact converts with probability
 * {@code conversion}, scaled by the sender's satisfaction when word of mouth depends on the brand;
 * the friend then decides whether to follow. Bass's imitation q = contacts × conversion.
 *
 * <p>Ambassadors talk about the brand three times as much as other followers.
 *
 * <p>The day's contacts are drawn as one Poisson total with uniformly chosen senders, which is the
 * same process as one Poisson count per follower, at a cost that grows with the contacts made.
 */
public final class WordOfMouth implements Mechanism {
  private final WordOfMouthSpec spec;

  public WordOfMouth(WordOfMouthSpec spec) {
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
        // senders are drawn among this morning's followers: newcomers are appended after them
        int sender = brand.follower(random.nextInt(senders));
        int friend = friends.randomNeighbor(sender, random);
        if (friend >= 0 && random.nextDouble() < conversion(brand, sender)) {
          brand.consider(friend, JoinChannel.WORD_OF_MOUTH, 1.0);
        }
      }
      ambassadorsTalk(friends, brand, random);
    }
  }

  private void ambassadorsTalk(Graph friends, BrandCommunity brand, MersenneTwisterFast random) {
    int[] ambassadors = brand.ambassadorSnapshot();
    if (ambassadors.length == 0) {
      return;
    }
    long extra = RandomDraws.poisson(random, 2 * spec.contactsPerDay() * ambassadors.length);
    for (long c = 0; c < extra; c++) {
      int sender = ambassadors[random.nextInt(ambassadors.length)];
      int friend = friends.randomNeighbor(sender, random);
      if (friend >= 0 && random.nextDouble() < conversion(brand, sender)) {
        brand.consider(friend, JoinChannel.WORD_OF_MOUTH, 1.0);
      }
    }
  }

  private double conversion(BrandCommunity brand, int sender) {
    if (!spec.brandDependent()) {
      return spec.conversion();
    }
    // a delighted follower convinces twice as often as an indifferent one, a hostile one never
    return spec.conversion() * 2 * brand.satisfaction(sender);
  }
}
