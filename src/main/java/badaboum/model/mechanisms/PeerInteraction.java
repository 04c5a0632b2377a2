package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.RandomDraws;
import badaboum.model.network.Graph;
import badaboum.scenario.SatisfactionSpec;
import ec.util.MersenneTwisterFast;

/**
 * Step 6, member-to-member interaction: each active follower makes Poisson({@code
 * peer_reactivation}) contacts per day with random friends or members they have a tie with (friends
 * and ties equally likely, one by one), ambassadors {@code peer_contact_factor} times as many. A
 * contact with a follower turns into an interaction with probability affinity × affinity × min(1,
 * satisfaction / indifference) of the one who starts (people talk about cheese with people who care
 * for cheese; 1 when everyone's affinity is 1 and nobody is fed up): both engage, which brings a
 * dormant one back (peer reactivation, the rate beta of the self-sustaining threshold), and both
 * like the community a little more. This is what makes a community rather than an audience: it
 * carries on when the brand stops.
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
    if (contactsPerDay <= 0) {
      return;
    }
    for (BrandCommunity brand : market.brands()) {
      talk(market, brand, brand.activeSnapshot(), contactsPerDay);
      double extra = brand.community().ambassadors().peerContactFactor() - 1;
      talk(market, brand, brand.ambassadorSnapshot(), extra * contactsPerDay);
    }
  }

  /** Poisson(contacts per day) contacts for each sender, drawn as one total. */
  private static void talk(Market market, BrandCommunity brand, int[] senders, double each) {
    if (senders.length == 0 || each <= 0) {
      return;
    }
    MersenneTwisterFast random = brand.random();
    long contacts = RandomDraws.poisson(random, each * senders.length);
    for (long c = 0; c < contacts; c++) {
      contact(market, brand, senders[random.nextInt(senders.length)]);
    }
  }

  /**
   * One contact, with a friend or with a member the sender has a tie with (answered or was answered
   * by), all equally likely: the community graph keeps members talking beside friendship.
   */
  private static void contact(Market market, BrandCommunity brand, int sender) {
    Graph friends = market.audience().friends();
    int ties = brand.ties(sender);
    int friend;
    if (ties == 0) {
      friend = friends.randomNeighbor(sender, brand.random());
    } else {
      int degree = friends.degree(sender);
      int k = (int) (brand.random().nextDouble() * ((double) degree + ties));
      friend =
          k < degree
              ? friends.randomNeighbor(sender, brand.random())
              : brand.tiePartner(sender, Math.min(ties - 1, k - degree));
    }
    if (friend < 0) {
      return;
    }
    // members talk about the brand's universe as much as both care for it, and more when the
    // one who starts is happy with the community (1 whenever everyone's affinity is 1)
    double interest =
        market.audience().affinity(sender)
            * market.audience().affinity(friend)
            * Math.min(1, brand.satisfaction(sender) / SatisfactionSpec.INDIFFERENT);
    if (brand.isFollower(friend) && brand.random().nextDouble() < interest) {
      SatisfactionSpec rules = brand.satisfactionRules();
      brand.counters().addInteraction();
      brand.engage(sender);
      brand.engage(friend);
      brand.experience(sender, rules.peerValue(), rules.peerWeight());
      brand.experience(friend, rules.peerValue(), rules.peerWeight());
    }
  }
}
