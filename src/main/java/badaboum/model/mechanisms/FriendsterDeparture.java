package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.scenario.CommunitySpec;
import java.util.Arrays;

/**
 * Step 8c, the Friendster departure rule (Garcia, Mavrodiev, Schweitzer 2013): an active follower
 * whose benefit, {@code benefit_per_active_friend} × active friends in the community plus what the
 * brand's live programme is worth to them, falls below the {@code cost_of_attention} leaves. With
 * the brand silent or cancelled only friends count. Everyone decides on this morning's counts, then
 * all who decided leave together; day after day the cascade peels the friendship graph down to its
 * ⌈cost/benefit⌉-core, whatever the order.
 */
public final class FriendsterDeparture implements Mechanism {
  private final CommunitySpec spec;

  public FriendsterDeparture(CommunitySpec spec) {
    this.spec = spec;
  }

  @Override
  public String name() {
    return "Friendster departure";
  }

  @Override
  public void apply(Market market) {
    for (BrandCommunity brand : market.brands()) {
      int[] members = brand.activeSnapshot();
      int[] leaving = new int[members.length];
      int count = 0;
      for (int person : members) {
        if (brand.benefit(person) < spec.costOfAttention()) {
          leaving[count++] = person;
        }
      }
      for (int person : Arrays.copyOf(leaving, count)) {
        brand.unfollow(person);
      }
    }
  }
}
