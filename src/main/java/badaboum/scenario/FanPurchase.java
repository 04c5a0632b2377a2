package badaboum.scenario;

/** Fake fans bought on one day. */
public record FanPurchase(int day, int count, double pricePerThousand) {

  public double cost() {
    return count / 1000.0 * pricePerThousand;
  }
}
