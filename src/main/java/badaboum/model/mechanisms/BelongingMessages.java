package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.Programme;
import badaboum.scenario.MessageAudience;
import badaboum.scenario.MessagesSpec;
import badaboum.scenario.SatisfactionSpec;

/**
 * Step 5c, mass messages that claim belonging ("chère communauté", seed 003): on the plan's days
 * the brand writes to every follower or to its active members only, as members of its community.
 * For a real member (active, or tied to an active member) it is true and mildly pleasing; for a
 * follower who is not part of the community it grates, satisfaction falls, and with it the will to
 * stay (the unfollow hazard rises as satisfaction falls). A message takes the manager the minutes
 * of a post; nothing is sent once the programme is cancelled.
 */
public final class BelongingMessages implements Mechanism {

  @Override
  public String name() {
    return "messages claiming belonging";
  }

  @Override
  public void apply(Market market) {
    for (BrandCommunity brand : market.brands()) {
      Programme programme = brand.programme();
      MessagesSpec messages = programme.strategy().messages();
      if (!programme.alive()
          || !messages.on(market.day())
          || !programme.tryTask(programme.strategy().staffing().minutesPerPost())) {
        continue;
      }
      int[] recipients =
          messages.audience() == MessageAudience.MEMBERS
              ? brand.activeSnapshot()
              : brand.followerSnapshot();
      SatisfactionSpec rules = brand.satisfactionRules();
      for (int person : recipients) {
        boolean member = brand.isActive(person) || brand.activeTies(person) > 0;
        double value = member ? rules.belongingMemberValue() : rules.belongingOutsiderValue();
        brand.experience(person, value, rules.belongingWeight());
      }
      programme.log(
          market.day(),
          brand.name(),
          "message to "
              + recipients.length
              + (messages.audience() == MessageAudience.MEMBERS ? " members" : " followers"));
    }
  }
}
