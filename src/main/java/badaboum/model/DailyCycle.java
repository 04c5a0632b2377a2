package badaboum.model;

import badaboum.model.mechanisms.AmbassadorSelection;
import badaboum.model.mechanisms.BelongingMessages;
import badaboum.model.mechanisms.Campaigns;
import badaboum.model.mechanisms.CommunityManager;
import badaboum.model.mechanisms.Costs;
import badaboum.model.mechanisms.Crises;
import badaboum.model.mechanisms.Departure;
import badaboum.model.mechanisms.Discovery;
import badaboum.model.mechanisms.Dormancy;
import badaboum.model.mechanisms.Exposure;
import badaboum.model.mechanisms.ManagementReview;
import badaboum.model.mechanisms.PeerInteraction;
import badaboum.model.mechanisms.SpamBots;
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
 *   <li>awareness: external discovery, then the launch, ads, contests beyond the page and bought
 *       fans;
 *   <li>word of mouth (the follow decision, step 3, is taken wherever someone hears of the brand);
 *   <li>exposure and engagement: posts, contests and polls on the page, reactions and shares;
 *   <li>spam and troll bots, then the community manager's replies and listening, then messages
 *       claiming belonging;
 *   <li>member-to-member interaction and peer reactivation;
 *   <li>churn: unfollowing, dormancy, then departures for want of benefit (the Friendster rule at
 *       its limit);
 *   <li>ambassadors;
 *   <li>crises;
 *   <li>management review;
 *   <li>costs.
 * </ol>
 *
 * Satisfaction (step 7) moves at each experience as it happens, in steps 1 to 10, rather than in a
 * pass of its own: the effect is the same and the cost follows the events.
 */
public final class DailyCycle {
  private DailyCycle() {}

  public static List<Mechanism> of(Scenario scenario) {
    List<Mechanism> order = new ArrayList<>();
    order.add(new Discovery(scenario.audience().discoveryPerDay()));
    order.add(new Campaigns());
    order.add(new WordOfMouth(scenario.audience().wordOfMouth()));
    order.add(new Exposure());
    order.add(new SpamBots());
    order.add(new CommunityManager());
    order.add(new BelongingMessages());
    order.add(new PeerInteraction(scenario.community().peerReactivationPerDay()));
    order.add(new Unfollowing(scenario.community().unfollowPerDay()));
    order.add(new Dormancy(scenario.community()));
    if (scenario.community().departures()) {
      order.add(new Departure(scenario.community()));
    }
    if (scenario.community().ambassadors().enabled()) {
      order.add(new AmbassadorSelection(scenario.community().ambassadors()));
    }
    order.add(new Crises(scenario.crises(), scenario.randomCrises()));
    order.add(new ManagementReview());
    order.add(new Costs());
    return List.copyOf(order);
  }
}
