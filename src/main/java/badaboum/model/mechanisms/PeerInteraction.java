package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.RandomDraws;
import badaboum.model.network.Graph;
import ec.util.MersenneTwisterFast;

/**
 * Step 6, member-to-member interaction: each active follower makes Poisson({@code
 * peer_reactivation}) contacts per day with random friends. A contact with an active follower is an
 * interaction between members (both engage); a contact with a dormant follower brings them back
 * (peer reactivation, the rate beta of the self-sustaining threshold). This is what makes a
 * community rather than an audience: it carries on when the brand stops.
 */
public final class PeerInteraction implements Mechanism {
  private final double contactsPerDay;

  public PeerInteraction(double contactsPerDay) {
    this.contactsPerDay = contactsPerDay;
  }

  @Override
  public String name() {
    return "member-to-member interaction";
  }

  @Override
  public void apply(Market market) {
    Graph friends = market.audience().friends();
    for (BrandCommunity brand : market.brands()) {
      int[] senders = brand.activeSnapshot();
      if (senders.length == 0) {
        continue;
      }
      MersenneTwisterFast random = brand.random();
      long contacts = RandomDraws.poisson(random, contactsPerDay * senders.length);
      for (long c = 0; c < contacts; c++) {
        int sender = senders[random.nextInt(senders.length)];
        int friend = friends.randomNeighbor(sender, random);
        if (friend >= 0 && brand.isFollower(friend)) {
          brand.counters().addInteraction();
          brand.engage(sender);
          brand.engage(friend);
        }
      }
    }
  }
}
