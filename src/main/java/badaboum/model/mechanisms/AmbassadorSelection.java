package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.scenario.AmbassadorRules;

/**
 * Step 9, ambassadors: satisfied, high-affinity, regularly engaged members become ambassadors; they
 * talk about the brand more, answer other members, flag spam and defend the brand in crises. One
 * whose satisfaction falls {@code hysteresis} below the bar, or who goes dormant, is one no longer.
 */
public final class AmbassadorSelection implements Mechanism {
  private final AmbassadorRules rules;

  public AmbassadorSelection(AmbassadorRules rules) {
    this.rules = rules;
  }

  @Override
  public String name() {
    return "ambassadors";
  }

  @Override
  public void apply(Market market) {
    for (BrandCommunity brand : market.brands()) {
      for (int person : brand.activeSnapshot()) {
        double satisfaction = brand.satisfaction(person);
        if (brand.isAmbassador(person)) {
          if (satisfaction < rules.minSatisfaction() - rules.hysteresis()) {
            brand.dropAmbassador(person);
          }
        } else if (satisfaction >= rules.minSatisfaction()
            && market.audience().affinity(person) >= rules.minAffinity()
            && brand.recentEngagements(person) >= rules.minEngagementsPerMonth()) {
          brand.makeAmbassador(person);
        }
      }
    }
  }
}
