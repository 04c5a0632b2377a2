package badaboum.model;

import badaboum.model.mechanisms.Discovery;
import badaboum.model.mechanisms.Dormancy;
import badaboum.model.mechanisms.FriendsterDeparture;
import badaboum.model.mechanisms.PeerInteraction;
import badaboum.model.mechanisms.Unfollowing;
import badaboum.model.mechanisms.WordOfMouth;
import badaboum.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of the day, in one place (DESIGN.md §2). Changing the order changes results, so it is
 * fixed here and nowhere else:
 *
 * <ol>
 *   <li>awareness: external discovery;
 *   <li>word of mouth (the follow decision is taken where someone hears of the brand);
 *   <li>member-to-member interaction and peer reactivation;
 *   <li>churn: random unfollowing;
 *   <li>dormancy: the active window and the decay;
 *   <li>the Friendster departure rule.
 * </ol>
 */
public final class DailyCycle {
  private DailyCycle() {}

  public static List<Mechanism> of(Scenario scenario) {
    List<Mechanism> order = new ArrayList<>();
    order.add(new Discovery(scenario.audience().discoveryPerDay()));
    order.add(new WordOfMouth(scenario.audience().wordOfMouth()));
    order.add(new PeerInteraction(scenario.community().peerReactivationPerDay()));
    order.add(new Unfollowing(scenario.community().unfollowPerDay()));
    order.add(new Dormancy(scenario.community()));
    if (scenario.community().friendsterRule()) {
      order.add(new FriendsterDeparture(scenario.community()));
    }
    return List.copyOf(order);
  }
}
