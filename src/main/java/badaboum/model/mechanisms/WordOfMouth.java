package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.ContactDraws;
import badaboum.model.Frontier;
import badaboum.model.JoinChannel;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.PersonRow;
import badaboum.model.network.Graph;
import badaboum.scenario.SatisfactionSpec;
import badaboum.scenario.Speakers;
import badaboum.scenario.WordOfMouthSpec;

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
 * <p>Only contacts that can change something are drawn; leaving out the others is the same process
 * (thinning a Poisson process), and the day costs the contacts that convert someone, whatever the
 * number of speakers. A contact that does not convert changes nothing, so contacts are drawn at the
 * highest conversion any speaker can have and each is kept with the ratio of its speaker's own
 * conversion to it. A contact with a friend who already follows changes nothing either, so a
 * speaker whose friends all follow is left out (the brand's {@link Frontier}), and so are the
 * speakers who draw no contact today. The speakers are this morning's: someone who follows or
 * becomes active today speaks from tomorrow.
 */
public final class WordOfMouth implements Mechanism {
  private final WordOfMouthSpec spec;
  private final ContactDraws speakerContacts;

  /** The highest chance that a contact converts: satisfaction is at most 1. */
  private final double highestConversion;

  private double[] kept = new double[0];

  public WordOfMouth(WordOfMouthSpec spec) {
    this.spec = spec;
    this.highestConversion =
        Math.min(
            1,
            spec.brandDependent()
                ? spec.conversion() / SatisfactionSpec.INDIFFERENT
                : spec.conversion());
    this.speakerContacts = new ContactDraws(spec.contactsPerDay() * highestConversion);
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
      boolean everyone = spec.speakers() == Speakers.FOLLOWERS;
      PersonRow speakers =
          everyone ? frontier.followersWithListeners() : frontier.activeWithListeners();
      ContactDraws.Contacts talk = (senders, told, count) -> talk(brand, senders, told, count);
      speakerContacts.draw(speakers, friends, brand.random(), talk);
      double extra = brand.community().ambassadors().wordOfMouthFactor() - 1;
      int[] ambassadors = frontier.withListeners(brand.ambassadorSnapshot());
      if (extra > 0 && ambassadors.length > 0) {
        new ContactDraws(extra * spec.contactsPerDay() * highestConversion)
            .draw(PersonRow.of(ambassadors), friends, brand.random(), talk);
      }
    }
  }

  /**
   * A contact drawn at the highest conversion converts with the ratio of its speaker's conversion
   * to it, if its friend does not follow yet; the friend then decides whether to follow. In three
   * passes over the batch (who can still be told, each one's chance, then the draws), so that each
   * pass's reads overlap.
   */
  private void talk(BrandCommunity brand, int[] speakers, int[] friends, int count) {
    int open = 0; // a friend who follows has nothing left to hear
    for (int c = 0; c < count; c++) {
      if (!brand.isFollower(friends[c])) {
        speakers[open] = speakers[c];
        friends[open++] = friends[c];
      }
    }
    if (kept.length < open) {
      kept = new double[count];
    }
    for (int c = 0; c < open; c++) {
      kept[c] = conversion(brand, speakers[c]) / highestConversion;
    }
    for (int c = 0; c < open; c++) {
      if (kept[c] >= 1 || brand.random().nextDouble() < kept[c]) {
        brand.consider(friends[c], JoinChannel.WORD_OF_MOUTH, 1.0);
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
