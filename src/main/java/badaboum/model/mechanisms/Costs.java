package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.Programme;
import badaboum.scenario.StaffingSpec;

/**
 * Step 12, costs of the day: the community manager's hours while the programme runs. Ads, prizes,
 * bought fans and the launch are paid when they happen (step 1), so the spend column is always the
 * cumulative total.
 */
public final class Costs implements Mechanism {
  private static final double DAYS_PER_WEEK = 7;

  @Override
  public String name() {
    return "costs";
  }

  @Override
  public void apply(Market market) {
    for (BrandCommunity brand : market.brands()) {
      Programme programme = brand.programme();
      if (programme.alive()) {
        StaffingSpec staff = programme.strategy().staffing();
        programme.pay(staff.hoursPerWeek() / DAYS_PER_WEEK * staff.hourlyCost());
      }
    }
  }
}
