package badaboum.gui;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.ProgrammeEvent;
import badaboum.model.Sentiment;
import java.util.ArrayList;
import java.util.List;

/**
 * What the console shows of one day, read from the market once the day is over: the focal brand's
 * numbers (the same definitions as {@code daily.csv}) and the programme events of every brand
 * logged since the previous snapshot. Immutable, so it can cross from the model's thread to
 * Swing's.
 *
 * @param brand the focal brand: the one that plays the arm
 * @param bots fake fans plus spam and troll bots
 * @param cancelDay the day management pulled the plug, or -1
 * @param memberAnswers comments a fellow member answered that day
 * @param replies comments the brand answered that day
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
    List<ProgrammeEvent> events) {

  DaySnapshot {
    events = List.copyOf(events);
  }

  /** Reads the market; {@code eventsSeen} is how many events of each brand were read before. */
  static DaySnapshot of(Market market, int[] eventsSeen) {
    List<ProgrammeEvent> fresh = new ArrayList<>();
    List<BrandCommunity> brands = market.brands();
    for (int b = 0; b < brands.size(); b++) {
      List<ProgrammeEvent> all = brands.get(b).programme().events();
      fresh.addAll(all.subList(eventsSeen[b], all.size()));
      eventsSeen[b] = all.size();
    }
    BrandCommunity focal = brands.get(0);
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
        fresh);
  }

  int dormant() {
    return followers - active;
  }
}
