package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Experiences;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.Programme;
import badaboum.model.RandomDraws;
import badaboum.model.network.Graph;
import badaboum.scenario.CrisisSpec;
import badaboum.scenario.RandomCrisesSpec;
import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Locale;

/**
 * Step 10, crises (an allergen scare, an NGO campaign) hit the focal brand, on schedule or at
 * random. At the start a share of followers and of the audience, growing with severity, is
 * outraged. Each day every outraged person tells a few friends, who get outraged too with a
 * probability from the severity, less once the brand has answered, and less the more transparent
 * the answer. An ambassador told about it defends the brand and may calm the teller; ambassadors
 * also answer outraged people in public, under the brand's posts. Outrage fades by itself, faster
 * after a transparent answer. While outraged, followers are more likely to leave and count as
 * hostile in the sentiment, and others hardly ever start following.
 */
public final class Crises implements Mechanism {
  private static final double TELLS_PER_DAY = 0.5;
  private static final double CONTAGION = 0.3;
  private static final double BASE_CALMING = 0.05;
  private static final double DEFENCE_SUCCESS = 0.5;
  private static final double DEFENCES_PER_DAY = 2;

  private final List<CrisisSpec> scheduled;
  private final RandomCrisesSpec random;

  public Crises(List<CrisisSpec> scheduled, RandomCrisesSpec random) {
    this.scheduled = List.copyOf(scheduled);
    this.random = random;
  }

  @Override
  public String name() {
    return "crises";
  }

  @Override
  public void apply(Market market) {
    BrandCommunity brand = market.brands().get(0);
    int day = market.day();
    for (CrisisSpec crisis : scheduled) {
      if (crisis.day() == day) {
        start(market, brand, crisis.severity(), crisis.topic());
      }
    }
    if (random.perYear() > 0 && RandomDraws.chance(brand.random(), random.perYear() / 365.0)) {
      start(market, brand, random.severity(), "random crisis");
    }
    if (brand.outragedCount() == 0) {
      return;
    }
    respond(brand, day);
    spread(market, brand);
    defend(brand);
    calm(brand);
  }

  private static void start(Market market, BrandCommunity brand, double newSeverity, String topic) {
    Programme programme = brand.programme();
    double severity =
        Math.max(newSeverity, brand.outragedCount() > 0 ? programme.crisisSeverity() : 0);
    double delay = programme.strategy().crisisResponse().delayHours();
    programme.crisisBreaks(
        severity, programme.alive() ? brand.today() + (int) Math.ceil(delay / 24) : -1);
    MersenneTwisterFast random = brand.random();
    int followers = brand.followerCount();
    int outragedFollowers = (int) Math.round(newSeverity * 0.2 * followers);
    for (int i = 0; i < outragedFollowers && followers > 0; i++) {
      outrage(brand, brand.randomFollower());
    }
    int others = (int) Math.round(newSeverity * 0.02 * market.audience().size());
    for (int i = 0; i < others; i++) {
      outrage(brand, random.nextInt(market.audience().size()));
    }
    programme.log(
        brand.today(),
        brand.name(),
        String.format(Locale.ROOT, "crisis: %s (severity %.1f)", topic, newSeverity));
  }

  /** The answer goes out on its day if the manager has the time, else the next day. */
  private static void respond(BrandCommunity brand, int day) {
    Programme programme = brand.programme();
    int due = programme.crisisAnswerDue();
    if (due >= 0 && due <= day && programme.alive()) {
      if (programme.tryTask(programme.strategy().staffing().minutesPerCrisisResponse())) {
        programme.markCrisisAnswered();
        programme.log(day, brand.name(), "brand answers the crisis");
      } else {
        programme.postponeCrisisAnswer(day + 1);
      }
    }
  }

  private static boolean answered(BrandCommunity brand) {
    return brand.programme().crisisAnswered();
  }

  private static void spread(Market market, BrandCommunity brand) {
    Graph friends = market.audience().friends();
    MersenneTwisterFast random = brand.random();
    double transparency = brand.programme().strategy().crisisResponse().transparency();
    double damping = answered(brand) ? 1 - 0.8 * transparency : 1;
    double contagion = brand.programme().crisisSeverity() * CONTAGION * damping;
    for (int teller : brand.outragedSnapshot()) {
      long tells = RandomDraws.poisson(random, TELLS_PER_DAY);
      for (long t = 0; t < tells; t++) {
        int friend = friends.randomNeighbor(teller, random);
        if (friend < 0) {
          continue;
        }
        if (brand.isAmbassador(friend)) {
          if (RandomDraws.chance(random, DEFENCE_SUCCESS)) {
            brand.calm(teller);
            brand.counters().addInteraction();
          }
        } else if (!brand.isOutraged(friend) && RandomDraws.chance(random, contagion)) {
          outrage(brand, friend);
        }
      }
    }
  }

  /**
   * Ambassadors defend the brand in public, under its posts: each answers two outraged people a day
   * on average, calming each half the time.
   */
  private static void defend(BrandCommunity brand) {
    MersenneTwisterFast random = brand.random();
    int ambassadors = brand.ambassadorCount();
    if (ambassadors == 0) {
      return;
    }
    int[] outraged = brand.outragedSnapshot();
    long answers = RandomDraws.poisson(random, DEFENCES_PER_DAY * ambassadors);
    for (long a = 0; a < answers && outraged.length > 0; a++) {
      int person = outraged[random.nextInt(outraged.length)];
      if (brand.isOutraged(person) && RandomDraws.chance(random, DEFENCE_SUCCESS)) {
        brand.calm(person);
        brand.counters().addInteraction();
      }
    }
  }

  private static void calm(BrandCommunity brand) {
    MersenneTwisterFast random = brand.random();
    double transparency = brand.programme().strategy().crisisResponse().transparency();
    double p = BASE_CALMING + (answered(brand) ? 0.15 * transparency : 0);
    for (int person : brand.outragedSnapshot()) {
      if (RandomDraws.chance(random, p)) {
        brand.calm(person);
      }
    }
  }

  private static void outrage(BrandCommunity brand, int person) {
    if (brand.isOutraged(person)) {
      return;
    }
    brand.outrage(person);
    if (brand.isFollower(person)) {
      brand.experience(person, 0, Experiences.OUTRAGE_WEIGHT);
    }
  }
}
