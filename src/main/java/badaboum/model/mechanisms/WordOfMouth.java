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
 * Step 2, word of mouth: every speaker makes Poisson({@code contacts_per_day}) contacts, each with
 * a random friend (a random person under complete mixing). Speakers are the members who engaged
 * within the active window (a dormant follower tells nobody), or every follower in the Bass
 * reduction ({@code speakers: followers}). A contact converts with probability {@code conversion},
 * scaled by the speaker's satisfaction (1 when indifferent) when word of mouth depends on the
 * brand; the friend then decides whether to follow. Bass's imitation q = contacts × conversion.
 * Ambassadors talk about the brand {@code word_of_mouth_factor} times as much as other members.
 * Shares reach friends too, when members react (see {@code Sharing}).
 *
 * <p>The day's contacts are drawn as one Poisson total with uniformly chosen speakers, which is the
 * same process as one Poisson count per speaker, at a cost that grows with the contacts made.
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
