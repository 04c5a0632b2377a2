package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.Programme;
import badaboum.model.RandomDraws;
import badaboum.scenario.SatisfactionSpec;
import ec.util.MersenneTwisterFast;

/**
 * Step 5a, spam and troll bots. They arrive in proportion to the brand's visibility (people reached
 * today), each posts one junk comment a day, and the platform bans some each day. A junk item is
 * removed if the manager moderates it (policy share, within the minutes left), hidden if an
 * ambassador flags it, and otherwise seen by a few active members, who like the page less for it.
 */
public final class SpamBots implements Mechanism {
  private static final double PER_THOUSAND = 1000;

  @Override
  public String name() {
    return "spam and troll bots";
  }

  @Override
  public void apply(Market market) {
    MersenneTwisterFast bots = market.botRandom();
    for (BrandCommunity brand : market.brands()) {
      Programme programme = brand.programme();
      long arrivals =
          RandomDraws.poisson(
              bots,
              market.platform().spamBotsPer1000Reach()
                  * brand.counters().impressions()
                  / PER_THOUSAND);
      int present = (int) Math.min(Integer.MAX_VALUE, programme.spamBots() + arrivals);
      present -= RandomDraws.binomial(bots, present, market.platform().botBanPerDay());
      int banned = 0;
      double flagChance =
          1 - Math.pow(1 - brand.community().ambassadors().flagChance(), brand.ambassadorCount());
      for (int item = 0; item < present; item++) {
        if (programme.alive()
            && RandomDraws.chance(bots, programme.strategy().moderation())
            && programme.tryTask(programme.strategy().staffing().minutesPerModeration())) {
          if (RandomDraws.chance(bots, market.platform().moderationBanShare())) {
            banned++; // reported with its junk
          }
        } else if (!RandomDraws.chance(bots, flagChance)) {
          harm(brand, bots);
        }
      }
      programme.setSpamBots(present - banned);
    }
  }

  private static void harm(BrandCommunity brand, MersenneTwisterFast bots) {
    if (brand.activeCount() == 0) {
      return;
    }
    SatisfactionSpec rules = brand.satisfactionRules();
    for (int i = 0; i < rules.spamViewers(); i++) {
      // viewers come from the bots' stream: bots never shift the members' own draws
      brand.experience(brand.randomActive(bots), rules.spamValue(), rules.spamWeight());
    }
  }
}
