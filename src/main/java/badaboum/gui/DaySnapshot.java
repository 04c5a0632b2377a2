package badaboum.gui;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.ProgrammeEvent;
import badaboum.model.Sentiment;
import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import java.util.ArrayList;
import java.util.List;

/**
 * What the console shows of one day, read from the market once the day is over: the focal brand's
 * numbers (the same definitions as {@code daily.csv}; on several platforms, over all its pages, and
 * on each platform) and the programme events of every brand logged since the previous snapshot.
 * Immutable, so it can cross from the model's thread to Swing's.
 *
 * @param brand the focal brand: the one that plays the arm
 * @param bots fake fans plus spam and troll bots
 * @param cancelDay the day management pulled the plug, or -1
 * @param memberAnswers comments a fellow member answered that day
 * @param replies comments the brand answered that day
 * @param platforms the brand on each platform of a market of several, else empty
 * @param dotsOn the platform whose page the network view's dots show, or null on one platform
 */
record DaySnapshot(
    int day,
    String brand,
    int fans,
    int followers,
    int active,
    int ambassadors,
    int bots,
    int fakeFans,
    double sentiment,
    double spend,
    boolean alive,
    int cancelDay,
    int memberAnswers,
    int replies,
    List<ProgrammeEvent> events,
    List<OnPlatform> platforms,
    String dotsOn) {

  /**
   * The brand on one platform of the market.
   *
   * @param present whether the arm has an account there
   * @param opens the day its account opens there
   */
  record OnPlatform(String name, boolean present, int opens, int followers, int active) {}

  DaySnapshot {
    events = List.copyOf(events);
    platforms = List.copyOf(platforms);
  }

  /** Reads a market of one platform. */
  static DaySnapshot of(Market market, int[] eventsSeen) {
    return of(market, eventsSeen, null);
  }

  /**
   * Reads the market; {@code eventsSeen} is how many events of each brand (each page, on several
   * platforms) were read before; {@code tally}, the brand's recorders when the market has several
   * platforms (then the numbers are the brand's total over its pages and each event names its
   * page), else null.
   */
  static DaySnapshot of(Market market, int[] eventsSeen, PlatformTally tally) {
    List<ProgrammeEvent> fresh = new ArrayList<>();
    List<BrandCommunity> brands = market.brands();
    for (int b = 0; b < brands.size(); b++) {
      List<ProgrammeEvent> all = brands.get(b).programme().events();
      for (ProgrammeEvent e : all.subList(eventsSeen[b], all.size())) {
        fresh.add(
            tally == null ? e : new ProgrammeEvent(e.day(), market.label(brands.get(b)), e.text()));
      }
      eventsSeen[b] = all.size();
    }
    BrandCommunity focal = brands.get(0);
    if (tally != null) {
      return total(market, tally, fresh);
    }
    return new DaySnapshot(
        market.day(),
        focal.name(),
        focal.fans(),
        focal.followerCount(),
        focal.activeCount(),
        focal.ambassadorCount(),
        focal.programme().fakeFans() + focal.programme().spamBots(),
        focal.programme().fakeFans(),
        Sentiment.of(focal),
        focal.programme().spend(),
        focal.programme().alive(),
        focal.programme().cancelDay(),
        focal.counters().memberAnswers(),
        focal.counters().replies(),
        fresh,
        List.of(),
        null);
  }

  /** The focal brand over all its pages, as the engine records it, and on each platform. */
  private static DaySnapshot total(
      Market market, PlatformTally tally, List<ProgrammeEvent> events) {
    int day = market.day();
    tally.record(day);
    BrandTrace t = tally.total();
    String brand = market.brands().get(0).name();
    int bots = 0;
    int cancelDay = -1;
    for (BrandCommunity page : market.brands()) {
      if (page.name().equals(brand)) {
        bots += page.programme().fakeFans() + page.programme().spamBots();
        cancelDay = Math.max(cancelDay, page.programme().cancelDay());
      }
    }
    boolean alive = t.get(DailyMetric.ALIVE, day) > 0;
    String label = market.label(market.brands().get(0));
    return new DaySnapshot(
        day,
        brand,
        (int) t.get(DailyMetric.FANS, day),
        (int) t.get(DailyMetric.FOLLOWERS, day),
        (int) t.get(DailyMetric.ACTIVE, day),
        (int) t.get(DailyMetric.AMBASSADORS, day),
        bots,
        (int) t.get(DailyMetric.FAKE_FANS, day),
        t.get(DailyMetric.SENTIMENT, day),
        t.get(DailyMetric.SPEND, day),
        alive,
        alive ? -1 : cancelDay,
        (int) t.get(DailyMetric.MEMBER_ANSWERS, day),
        (int) t.get(DailyMetric.REPLIES, day),
        events,
        tally.platforms(day),
        label.substring(label.indexOf('@') + 1));
  }

  /** Whether the event is the focal brand's: its own, or one of its pages' (brand@platform). */
  boolean ours(ProgrammeEvent e) {
    return e.brand().equals(brand) || e.brand().startsWith(brand + "@");
  }

  int dormant() {
    return followers - active;
  }
}
