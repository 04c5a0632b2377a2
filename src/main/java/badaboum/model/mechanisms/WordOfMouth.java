package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.ContactDraws;
import badaboum.model.Frontier;
import badaboum.model.JoinChannel;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.PersonRow;
import badaboum.model.network.Graph;
import badaboum.scenario.WordOfMouthSpec;

/**
 * Step 2, word of mouth: every follower makes Poisson({@code contacts_per_day}) contacts, each with
 * a random friend (a random person under complete mixing). A contact converts with probability
 * {@code conversion}, scaled by the sender's satisfaction when word of mouth depends on the brand;
 * the friend then decides whether to follow. Bass's imitation q = contacts × conversion.
 *
 * <p>Ambassadors talk about the brand three times as much as other followers.
 *
 * <p>Only contacts that can change something are drawn; leaving out the others is the same process
 * (thinning a Poisson process), and the day costs the contacts that convert someone, whatever the
 * number of followers. A contact that does not convert changes nothing, so contacts are drawn at
 * the highest conversion any sender can have and each is kept with the ratio of its sender's own
 * conversion to it. A contact with a friend who already follows changes nothing either, so a
 * follower whose friends all follow is left out (the brand's {@link Frontier}), and so are the
 * followers who draw no contact today. The senders are this morning's: someone who follows today
 * speaks from tomorrow.
 */
public final class WordOfMouth implements Mechanism {
  private final WordOfMouthSpec spec;
  private final ContactDraws followerContacts;
  private final ContactDraws ambassadorExtraContacts;

  /** The highest chance that a contact converts: satisfaction is at most 1. */
  private final double highestConversion;

  private double[] kept = new double[256];

  public WordOfMouth(WordOfMouthSpec spec) {
    this.spec = spec;
    this.highestConversion =
        Math.min(1, spec.brandDependent() ? 2 * spec.conversion() : spec.conversion());
    this.followerContacts = new ContactDraws(spec.contactsPerDay() * highestConversion);
    this.ambassadorExtraContacts = new ContactDraws(2 * spec.contactsPerDay() * highestConversion);
  }

  @Override
  public String name() {
    return "word of mouth";
  }

  @Override
  public void apply(Market market) {
    Graph friends = market.audience().friends();
    for (BrandCommunity brand : market.brands()) {
      Frontier frontier = brand.frontier();
      PersonRow followers = frontier.followersWithListeners();
      PersonRow ambassadors = PersonRow.of(frontier.withListeners(brand.ambassadorSnapshot()));
      ContactDraws.Contacts talk = (senders, told, count) -> talk(brand, senders, told, count);
      followerContacts.draw(followers, friends, brand.random(), talk);
      ambassadorExtraContacts.draw(ambassadors, friends, brand.random(), talk);
    }
  }

  /**
   * A contact drawn at the highest conversion converts with the ratio of its sender's conversion to
   * it, if its friend does not follow yet; the friend then decides whether to follow. In three
   * passes over the batch (who can still be told, each one's chance, then the draws), so that each
   * pass's reads overlap.
   */
  private void talk(BrandCommunity brand, int[] senders, int[] friends, int count) {
    int open = 0; // a friend who follows has nothing left to hear
    for (int c = 0; c < count; c++) {
      if (!brand.isFollower(friends[c])) {
        senders[open] = senders[c];
        friends[open++] = friends[c];
      }
    }
    if (kept.length < open) {
      kept = new double[count];
    }
    for (int c = 0; c < open; c++) {
      kept[c] = conversion(brand, senders[c]) / highestConversion;
    }
    for (int c = 0; c < open; c++) {
      if (kept[c] >= 1 || brand.random().nextDouble() < kept[c]) {
        brand.consider(friends[c], JoinChannel.WORD_OF_MOUTH, 1.0);
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
