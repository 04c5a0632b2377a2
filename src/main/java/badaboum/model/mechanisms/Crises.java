package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.Programme;
import badaboum.model.RandomDraws;
import badaboum.model.network.Graph;
import badaboum.scenario.AmbassadorRules;
import badaboum.scenario.CrisisSpec;
import badaboum.scenario.OutrageSpec;
import badaboum.scenario.RandomCrisesSpec;
import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Locale;

/**
 * Step 10, crises (an allergen scare, an NGO campaign) hit a brand, on schedule or at random (each
 * brand its own). At the start a share of followers and of the audience, growing with severity, is
 * outraged ({@code outrage.*}). Each day every outraged person tells a few friends, who get
 * outraged too with a probability from the severity, less once the brand has answered, and less the
 * more transparent the answer. An ambassador told about it defends the brand and may calm the
 * teller; ambassadors also answer outraged people in public, under the brand's posts. Outrage fades
 * by itself, faster after a transparent answer. While outraged, followers are more likely to leave
 * and count as hostile in the sentiment and the brand's image, and others hardly ever start
 * following.
 */
public final class Crises implements Mechanism {
  /** The bottom of the satisfaction scale, where outrage pulls a follower. */
  private static final double FED_UP = 0;

  /** No answer is due: the programme is cancelled. */
  private static final int NOBODY = -1;

  private static final double DAYS_PER_YEAR = 365;
  private static final double HOURS_PER_DAY = 24;

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
    int day = market.day();
    for (int b = 0; b < market.brands().size(); b++) {
      BrandCommunity brand = market.brands().get(b);
      for (CrisisSpec crisis : scheduled) {
        if (crisis.day() == day && crisis.brand().equals(brand.name())) {
          start(market, brand, crisis.severity(), crisis.topic());
        }
      }
      if (random.perYear() > 0
          && RandomDraws.chance(brand.random(), random.perYear() / DAYS_PER_YEAR)) {
        start(market, brand, random.severity(), "random crisis");
      }
      if (brand.outragedCount() > 0) {
        respond(brand, day);
        spread(market, brand);
        defend(brand);
        calm(brand);
      }
    }
  }

  private static void start(Market market, BrandCommunity brand, double newSeverity, String topic) {
    Programme programme = brand.programme();
    double severity =
        Math.max(newSeverity, brand.outragedCount() > 0 ? programme.crisisSeverity() : 0);
    double delay = programme.strategy().crisisResponse().delayHours();
    programme.crisisBreaks(
        severity,
        programme.alive() ? brand.today() + (int) Math.ceil(delay / HOURS_PER_DAY) : NOBODY);
    MersenneTwisterFast random = brand.random();
    OutrageSpec rules = brand.outrage();
    int followers = brand.followerCount();
    int outragedFollowers = (int) Math.round(newSeverity * rules.followersShare() * followers);
    for (int i = 0; i < outragedFollowers && followers > 0; i++) {
      outrage(brand, brand.randomFollower());
    }
    int others = (int) Math.round(newSeverity * rules.audienceShare() * market.audience().size());
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
    OutrageSpec rules = brand.outrage();
    AmbassadorRules defenders = brand.community().ambassadors();
    double damping = answered(brand) ? 1 - rules.answerDamping() * transparency : 1;
    double contagion = brand.programme().crisisSeverity() * rules.contagion() * damping;
    for (int teller : brand.outragedSnapshot()) {
      long tells = RandomDraws.poisson(random, rules.tellsPerDay());
      for (long t = 0; t < tells; t++) {
        int friend = friends.randomNeighbor(teller, random);
        if (friend < 0) {
          continue;
        }
        if (brand.isAmbassador(friend)) {
          if (RandomDraws.chance(random, defenders.defenceSuccess())) {
            brand.calm(teller);
            if (brand.isFollower(teller)) {
              brand.counters().addInteraction(); // between members only
            }
          }
        } else if (!brand.isOutraged(friend) && RandomDraws.chance(random, contagion)) {
          outrage(brand, friend);
        }
      }
    }
  }

  /**
   * Ambassadors defend the brand in public, under its posts: each writes {@code defences_per_day}
   * answers a day on average, each read by {@code defence_readers} outraged people, each calmed
   * with {@code defence_success}.
   */
  private static void defend(BrandCommunity brand) {
    MersenneTwisterFast random = brand.random();
    int ambassadors = brand.ambassadorCount();
    if (ambassadors == 0) {
      return;
    }
    AmbassadorRules defenders = brand.community().ambassadors();
    int[] outraged = brand.outragedSnapshot();
    long answers = RandomDraws.poisson(random, defenders.defencesPerDay() * ambassadors);
    long readers = Math.round(defenders.defenceReaders());
    for (long a = 0; a < answers && outraged.length > 0; a++) {
      for (long r = 0; r < readers; r++) {
        int person = outraged[random.nextInt(outraged.length)];
        if (brand.isOutraged(person) && RandomDraws.chance(random, defenders.defenceSuccess())) {
          brand.calm(person);
          if (brand.isFollower(person)) {
            brand.counters().addInteraction(); // between members only
          }
        }
      }
    }
  }

  private static void calm(BrandCommunity brand) {
    MersenneTwisterFast random = brand.random();
    double transparency = brand.programme().strategy().crisisResponse().transparency();
    OutrageSpec rules = brand.outrage();
    double p = rules.fading() + (answered(brand) ? rules.answerCalming() * transparency : 0);
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
      brand.experience(person, FED_UP, brand.satisfactionRules().outrageWeight());
    }
  }
}
