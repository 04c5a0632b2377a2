package badaboum.model;

import java.util.List;

/** One market: an audience and the brands competing for its attention, on a given day. */
public final class Market {
  private final Audience audience;
  private final List<BrandCommunity> brands;
  private int day;

  public Market(Audience audience, List<BrandCommunity> brands) {
    this.audience = audience;
    this.brands = List.copyOf(brands);
  }

  public Audience audience() {
    return audience;
  }

  public List<BrandCommunity> brands() {
    return brands;
  }

  public int day() {
    return day;
  }

  /** Starts a new day: every brand's counters of the day are reset. */
  public void startDay(int newDay) {
    day = newDay;
    for (BrandCommunity brand : brands) {
      brand.startDay(newDay);
    }
  }
}
