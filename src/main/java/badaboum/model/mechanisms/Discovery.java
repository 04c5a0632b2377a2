package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.JoinChannel;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.RandomDraws;
import ec.util.MersenneTwisterFast;

/**
 * Step 1, awareness: each day each person discovers each brand on their own (media, search) with
 * probability {@code audience.discovery}, then decides whether to follow. Bass's innovation p.
 * Geometric skipping visits only the people who discover, so the cost is about n·p a day.
 */
public final class Discovery implements Mechanism {
  private final double perDay;

  public Discovery(double perDay) {
    this.perDay = perDay;
  }

  @Override
  public String name() {
    return "discovery";
  }

  @Override
  public void apply(Market market) {
    int n = market.audience().size();
    for (BrandCommunity brand : market.brands()) {
      MersenneTwisterFast random = brand.random();
      for (long person = RandomDraws.skip(random, perDay);
          person < n;
          person += 1L + RandomDraws.skip(random, perDay)) {
        brand.consider((int) person, JoinChannel.ORGANIC, 1.0);
      }
    }
  }
}
