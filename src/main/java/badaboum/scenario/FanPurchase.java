package badaboum.scenario;

/** Fake fans bought on one day. */
public record FanPurchase(
    @Key(
            value = "1",
            min = 1,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "day",
            meaning = "purchase day (day 0 is the starting state: the first day is 1)")
        int day,
    @Key(
            value = "1000",
            min = 0,
            max = 10_000_000,
            unit = "fake fans",
            meaning =
                "fake fans bought: they count in fans, never engage, and are purged at the"
                    + " platform's rate",
            label = "Bought fans")
        int count,
    @Key(
            name = "price_per_1000",
            value = "15",
            min = 0,
            max = 1_000_000,
            unit = "currency per thousand",
            meaning = "price per thousand",
            source = "industry figures: a few to a few tens of euros per thousand fake fans")
        double pricePerThousand) {
  public FanPurchase {
    Catalog.check(FanPurchase.class, day, count, pricePerThousand);
  }

  public double cost() {
    return count / 1000.0 * pricePerThousand;
  }
}
