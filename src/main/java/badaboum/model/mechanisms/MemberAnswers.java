package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.network.Graph;
import badaboum.scenario.AmbassadorRules;
import badaboum.scenario.CommunitySpec;
import badaboum.scenario.SatisfactionSpec;
import ec.util.MersenneTwisterFast;

/**
 * Members answer members (DESIGN.md §2.1): a comment on the page gets an answer from a fellow
 * member with probability 1 − exp(−rate × (A + (f − 1) × B)), for A active members besides the
 * commenter, B of them ambassadors who answer f times as readily. The answerer is one of them,
 * ambassadors weighted f times. The answer pleases the commenter, engages both, counts as a
 * member-to-member interaction, and forms or renews a tie between the two (unless they are friends
 * already, whose tie the friendship graph holds): the community graph the benefit of belonging
 * counts.
 */
final class MemberAnswers {
  private MemberAnswers() {}

  /** Whether a fellow member answers {@code commenter}'s comment; if so, its effects. */
  static boolean answer(Market market, BrandCommunity brand, int commenter) {
    CommunitySpec community = brand.community();
    if (community.memberAnswerRate() <= 0) {
      return false;
    }
    int others = brand.activeCount() - (brand.isActive(commenter) ? 1 : 0);
    if (others <= 0) {
      return false;
    }
    AmbassadorRules rules = community.ambassadors();
    int ambassadors = brand.ambassadorCount() - (brand.isAmbassador(commenter) ? 1 : 0);
    double weight = others + (rules.answerFactor() - 1) * ambassadors;
    MersenneTwisterFast random = brand.random();
    if (random.nextDouble() >= -Math.expm1(-community.memberAnswerRate() * weight)) {
      return false;
    }
    int answerer = answerer(brand, commenter, random, ambassadors, weight, rules.answerFactor());
    if (answerer < 0) {
      return false;
    }
    SatisfactionSpec satisfaction = brand.satisfactionRules();
    brand.experience(
        commenter, satisfaction.memberAnswerValue(), satisfaction.memberAnswerWeight());
    brand.engage(commenter);
    brand.engage(answerer);
    brand.counters().addMemberAnswer();
    if (!friends(market.audience().friends(), commenter, answerer)) {
      brand.tie(commenter, answerer);
    }
    return true;
  }

  /**
   * An ambassador with probability f × B / total, else one of the other active members who are not
   * ambassadors, never the commenter: each ambassador weighs f, each other member 1.
   */
  private static int answerer(
      BrandCommunity brand,
      int commenter,
      MersenneTwisterFast random,
      int ambassadors,
      double weight,
      double factor) {
    if (ambassadors > 0 && random.nextDouble() * weight < factor * ambassadors) {
      int[] pool = brand.ambassadorSnapshot();
      int pick = pool[random.nextInt(pool.length)];
      return pick != commenter ? pick : pool[(indexOf(pool, pick) + 1) % pool.length];
    }
    int n = brand.activeCount();
    boolean plainCommenter = brand.isActive(commenter) && !brand.isAmbassador(commenter);
    if (n - brand.ambassadorCount() - (plainCommenter ? 1 : 0) <= 0) {
      return -1;
    }
    int pick = brand.activeMember(random.nextInt(n));
    while (pick == commenter || brand.isAmbassador(pick)) {
      pick = brand.activeMember(random.nextInt(n));
    }
    return pick;
  }

  private static int indexOf(int[] pool, int person) {
    for (int i = 0; i < pool.length; i++) {
      if (pool[i] == person) {
        return i;
      }
    }
    return -1;
  }

  private static boolean friends(Graph graph, int a, int b) {
    if (graph.isComplete()) {
      return true;
    }
    int[] offsets = graph.offsets();
    int[] neighbors = graph.neighbors();
    for (int k = offsets[a]; k < offsets[a + 1]; k++) {
      if (neighbors[k] == b) {
        return true;
      }
    }
    return false;
  }
}
