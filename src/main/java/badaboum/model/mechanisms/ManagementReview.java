package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.Programme;
import badaboum.model.Sentiment;
import badaboum.scenario.Kpi;
import badaboum.scenario.ManagementSpec;
import java.util.Locale;

/**
 * Step 11, management. Every day it notes the KPI's best value so far; every {@code review_every}
 * days it compares the KPI with its expectation: at least the absolute target, the last review's
 * value grown by the target growth and, when anchored on the peak, the best value ever seen. After
 * {@code patience} misses in a row the programme is cancelled ("badaboum"), and also as soon as the
 * budget is spent.
 */
public final class ManagementReview implements Mechanism {
  /** In the event log, values this large are written as whole numbers. */
  private static final double WHOLE_ABOVE = 100;

  @Override
  public String name() {
    return "management review";
  }

  @Override
  public void apply(Market market) {
    int day = market.day();
    for (BrandCommunity brand : market.brands()) {
      Programme programme = brand.programme();
      if (!programme.alive()) {
        continue;
      }
      ManagementSpec spec = programme.management();
      if (spec.budget() > 0 && programme.spend() >= spec.budget()) {
        programme.cancel(day);
        programme.log(day, brand.name(), "budget spent: the programme is cancelled");
        continue;
      }
      boolean higherIsBetter = spec.kpi().higherIsBetter();
      double value = kpi(brand, spec.kpi());
      if (spec.kpi() != Kpi.ENGAGEMENT_RATE) {
        programme.seeValue(value, higherIsBetter);
      }
      if (day % spec.reviewEvery() == 0) {
        review(brand, spec, value, day);
      }
    }
  }

  private static void review(BrandCommunity brand, ManagementSpec spec, double value, int day) {
    Programme programme = brand.programme();
    if (spec.kpi() == Kpi.ENGAGEMENT_RATE) {
      programme.seeValue(value, true);
    }
    double expected = expectation(programme, spec);
    boolean higherIsBetter = spec.kpi().higherIsBetter();
    boolean missed = Double.isNaN(value) || (higherIsBetter ? value < expected : value > expected);
    int misses = programme.review(value, missed);
    programme.log(
        day,
        brand.name(),
        String.format(
            Locale.ROOT,
            "review: %s %s, expected %s %s (%s)",
            spec.kpi().label(),
            show(value),
            higherIsBetter ? "at least" : "at most",
            show(expected),
            missed ? "missed, " + misses + " in a row" : "met"));
    if (misses >= spec.patience()) {
      programme.cancel(day);
      programme.log(day, brand.name(), "management cancels the programme");
    }
  }

  /**
   * What management expects at this review: the absolute target, the last review's value grown by
   * the target growth, and, when anchored, nothing below the best value ever seen (for a KPI where
   * lower is better, everything mirrored). With none of these the review is met.
   */
  static double expectation(Programme programme, ManagementSpec spec) {
    boolean higherIsBetter = spec.kpi().higherIsBetter();
    double expected = higherIsBetter ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    if (spec.target() > 0) {
      expected = spec.target();
    }
    double last = programme.lastReviewValue();
    if (!Double.isNaN(last) && !Double.isInfinite(last)) {
      double grown =
          higherIsBetter ? last * (1 + spec.targetGrowth()) : last * (1 - spec.targetGrowth());
      expected = stricter(expected, grown, higherIsBetter);
    }
    if (spec.anchorOnPeak() && !Double.isNaN(programme.bestValue())) {
      expected = stricter(expected, programme.bestValue(), higherIsBetter);
    }
    return expected;
  }

  private static double stricter(double a, double b, boolean higherIsBetter) {
    return higherIsBetter ? Math.max(a, b) : Math.min(a, b);
  }

  static double kpi(BrandCommunity brand, Kpi kpi) {
    return switch (kpi) {
      case FANS -> brand.fans();
      case FOLLOWERS -> brand.followerCount();
      case ACTIVE_MEMBERS -> brand.activeCount();
      case ENGAGEMENT_RATE -> brand.programme().engagementSinceReview();
      case SENTIMENT -> Sentiment.of(brand);
      case COST_PER_ACTIVE ->
          brand.activeCount() == 0
              ? Double.POSITIVE_INFINITY
              : brand.programme().spend() / brand.activeCount();
    };
  }

  private static String show(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "infinite" : "none";
    }
    return Math.abs(value) >= WHOLE_ABOVE
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.4g", value);
  }
}
