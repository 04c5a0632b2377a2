package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.JoinChannel;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.Programme;
import badaboum.model.RandomDraws;
import badaboum.model.Sharing;
import badaboum.scenario.AdTargeting;
import badaboum.scenario.AdsSpec;
import badaboum.scenario.ContestEntry;
import badaboum.scenario.ContestSpec;
import badaboum.scenario.FanPurchase;
import badaboum.scenario.LaunchSpec;
import badaboum.scenario.SatisfactionSpec;
import ec.util.MersenneTwisterFast;
import java.util.Locale;

/**
 * Step 1, paid and promoted awareness: the launch, paid ads, contest announcements beyond the page,
 * and bought fans (with the platform's purge of fake ones). Each costs what the strategy says, on
 * the day it happens; nothing runs once the programme is cancelled.
 */
public final class Campaigns implements Mechanism {
  private static final double DAYS_PER_YEAR = 365;

  @Override
  public String name() {
    return "campaigns";
  }

  @Override
  public void apply(Market market) {
    int day = market.day();
    for (BrandCommunity brand : market.brands()) {
      Programme programme = brand.programme();
      purgeFakeFans(market, brand);
      if (!programme.alive()) {
        continue;
      }
      launch(market, brand, programme.strategy().launch(), day);
      ads(market, brand, programme.strategy().ads(), day);
      for (ContestSpec contest : programme.strategy().contests()) {
        contest(market, brand, contest, day);
      }
      for (FanPurchase purchase : programme.strategy().buyFans()) {
        if (purchase.day() == day && purchase.count() > 0) {
          programme.addFakeFans(purchase.count());
          programme.pay(purchase.cost());
          programme.log(day, brand.name(), "bought " + purchase.count() + " fans");
        }
      }
    }
  }

  private static void launch(Market market, BrandCommunity brand, LaunchSpec launch, int day) {
    if (launch.day() != day || launch.reach() <= 0) {
      return;
    }
    MersenneTwisterFast random = brand.random();
    int n = market.audience().size();
    for (int i = 0; i < launch.reach(); i++) {
      brand.consider(random.nextInt(n), JoinChannel.LAUNCH, launch.conversion());
    }
    brand.programme().pay(launch.cost());
    brand.programme().log(day, brand.name(), "launch reaches " + launch.reach() + " people");
  }

  private static void ads(Market market, BrandCommunity brand, AdsSpec ads, int day) {
    int impressions = ads.impressionsPerDay();
    if (impressions == 0 || day < ads.start() || day > ads.end()) {
      return;
    }
    MersenneTwisterFast random = brand.random();
    int n = market.audience().size();
    for (int i = 0; i < impressions; i++) {
      int person = random.nextInt(n);
      if (ads.targeting() == AdTargeting.AFFINITY) {
        // the platform shows the ad to people who like the universe: draw until one accepts
        int tries = market.platform().adTargetingTries();
        for (int t = 1;
            t < tries && random.nextDouble() >= market.audience().affinity(person);
            t++) {
          person = random.nextInt(n);
        }
      }
      brand.consider(person, JoinChannel.ADS, ads.conversion());
    }
    brand.programme().pay(ads.dailyBudget());
  }

  /**
   * A contest running today reaches people beyond the page: prize seekers enter whatever their
   * affinity; others consider following, more readily when the prize fits the brand's universe.
   */
  private static void contest(Market market, BrandCommunity brand, ContestSpec contest, int day) {
    if (!contest.runsOn(day)) {
      return;
    }
    Programme programme = brand.programme();
    int prizeGone = contestEnd(contest, day);
    if (day == contest.start()
        || (contest.every() > 0 && (day - contest.start()) % contest.every() == 0)) {
      programme.countContest();
      programme.log(
          day,
          brand.name(),
          String.format(
              Locale.ROOT,
              "contest starts (prize %.0f, alignment %.1f, %s to enter)",
              contest.prize(),
              contest.alignment(),
              contest.entry().label()));
    }
    MersenneTwisterFast random = brand.random();
    int n = market.audience().size();
    for (int i = 0; i < contest.reachPerDay(); i++) {
      int person = random.nextInt(n);
      if (market.audience().prizeSeeker(person)) {
        enter(market, brand, contest, person, prizeGone);
      } else if (!brand.isFollower(person)
          && brand.consider(person, JoinChannel.CONTEST, contest.alignment())) {
        brand.contestJoiners().mark(person, prizeGone, contest.churnAfter());
      }
    }
    if (contest.endsOn(day)) {
      programme.pay(contest.prize());
      programme.log(day, brand.name(), "contest ends, prize paid");
    }
  }

  /** A prize seeker enters: follows (every mechanic asks it), likes or shares as the rules say. */
  static void enter(
      Market market, BrandCommunity brand, ContestSpec contest, int person, int prizeGone) {
    if (!brand.isFollower(person)) {
      brand.follow(person, JoinChannel.CONTEST);
      brand.contestJoiners().mark(person, prizeGone, contest.churnAfter());
    }
    if (contest.entry() != ContestEntry.FOLLOW) {
      // an entry is not taking part in the community: counted apart from reactions, it keeps
      // nobody an active member and feeds no reach
      brand.counters().addContestEntry();
    }
    if (contest.entry() == ContestEntry.SHARE) {
      Sharing.share(market, brand, person);
    }
  }

  /** A genuine member sees one more contest: misaligned ones wear them down, more each time. */
  static void genuineMemberSees(BrandCommunity brand, ContestSpec contest, int person) {
    SatisfactionSpec rules = brand.satisfactionRules();
    double weight =
        rules.contestWeight() * Math.min(rules.contestWearCap(), brand.programme().contestsRun());
    brand.experience(person, contest.alignment(), weight);
  }

  /** The last day of the contest running on {@code day}: after it, the prize is gone. */
  static int contestEnd(ContestSpec contest, int day) {
    int since = day - contest.start();
    int thisStart = contest.every() == 0 ? contest.start() : day - since % contest.every();
    return thisStart + contest.duration() - 1;
  }

  private static void purgeFakeFans(Market market, BrandCommunity brand) {
    Programme programme = brand.programme();
    if (programme.fakeFans() == 0) {
      return;
    }
    double daily = 1 - Math.pow(1 - market.platform().fakePurgePerYear(), 1 / DAYS_PER_YEAR);
    programme.removeFakeFans(RandomDraws.binomial(market.botRandom(), programme.fakeFans(), daily));
  }
}
