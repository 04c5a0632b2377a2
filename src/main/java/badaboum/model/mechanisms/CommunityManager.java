package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.CommentQueue;
import badaboum.model.Experiences;
import badaboum.model.JoinChannel;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.PersonState;
import badaboum.model.Programme;
import badaboum.model.RandomDraws;
import badaboum.scenario.RepliesSpec;
import badaboum.scenario.StaffingSpec;
import ec.util.MersenneTwisterFast;

/**
 * Step 5b, the community manager's replies and listening, within the minutes left after posting and
 * moderation. Comments wait in a queue, oldest first; those the policy answers are answered while
 * time lasts, each reply worth more the faster and the more personal it is, for the commenter and,
 * less, for members who see the exchange. Comments the brand does not answer may be answered by an
 * ambassador; after two days an unanswered comment disappoints. Listening answers people who
 * mention the brand elsewhere: the Wine Library e-mail that recruits an advocate.
 */
public final class CommunityManager implements Mechanism {

  @Override
  public String name() {
    return "replies and listening";
  }

  /** A member comments: the comment joins the queue, marked by the reply policy. */
  static void comment(BrandCommunity brand, int person) {
    brand.comment(person);
    boolean answer =
        brand.programme().alive()
            && RandomDraws.chance(brand.random(), brand.programme().strategy().replies().rate());
    brand.programme().comments().add(person, brand.today(), answer);
  }

  @Override
  public void apply(Market market) {
    for (BrandCommunity brand : market.brands()) {
      replies(brand);
      listening(market, brand);
    }
  }

  private static void replies(BrandCommunity brand) {
    Programme programme = brand.programme();
    RepliesSpec policy = programme.strategy().replies();
    StaffingSpec staff = programme.strategy().staffing();
    CommentQueue queue = programme.comments();
    MersenneTwisterFast random = brand.random();
    int today = brand.today();
    double ambassadorChance = Math.min(0.5, 0.02 * brand.ambassadorCount());
    int waiting = queue.size();
    for (int i = 0; i < waiting; i++) {
      int person = queue.oldestPerson();
      int day = queue.oldestDay();
      boolean toAnswer = queue.oldestToAnswer() && programme.alive();
      queue.removeOldest();
      if (!brand.isFollower(person)) {
        continue;
      }
      if (toAnswer && programme.tryTask(staff.minutesPerReply() * (1 + policy.personal()))) {
        double delay = policy.delayHours() + 24.0 * (today - day);
        double value = Experiences.replyValue(delay, policy.personal());
        brand.experience(person, value, Experiences.REPLY_WEIGHT);
        brand.engage(person);
        brand.counters().addReply();
        observe(brand, value);
      } else if (!toAnswer && RandomDraws.chance(random, ambassadorChance)) {
        brand.experience(
            person, Experiences.AMBASSADOR_ANSWER_VALUE, Experiences.REPLY_WEIGHT * 0.7);
        brand.engage(person);
        brand.counters().addInteraction();
      } else if (today - day >= Experiences.REPLY_PATIENCE_DAYS) {
        brand.experience(person, Experiences.UNANSWERED_VALUE, Experiences.UNANSWERED_WEIGHT);
        brand.counters().addUnanswered();
        observe(brand, Experiences.UNANSWERED_VALUE);
      } else {
        queue.add(person, day, toAnswer); // still waiting: back of the queue, same day
      }
    }
  }

  /** Members who read the thread feel a little of what the commenter felt. */
  private static void observe(BrandCommunity brand, double value) {
    if (brand.activeCount() == 0) {
      return;
    }
    for (int i = 0; i < Experiences.OBSERVERS; i++) {
      brand.experience(brand.randomActive(), value, Experiences.OBSERVER_WEIGHT);
    }
  }

  private static void listening(Market market, BrandCommunity brand) {
    Programme programme = brand.programme();
    if (!programme.alive() || programme.strategy().replies().listening() <= 0) {
      return;
    }
    int knowing = brand.count(PersonState.AWARE) + brand.count(PersonState.LEFT);
    if (knowing == 0) {
      return;
    }
    MersenneTwisterFast random = brand.random();
    long mentions =
        RandomDraws.poisson(random, market.platform().mentionsPer1000Aware() * knowing / 1000.0);
    int n = market.audience().size();
    for (long m = 0; m < mentions; m++) {
      int person = random.nextInt(n);
      for (int tries = 0; tries < 50 && !knowsWithoutFollowing(brand, person); tries++) {
        person = random.nextInt(n);
      }
      if (!knowsWithoutFollowing(brand, person)
          || !RandomDraws.chance(random, programme.strategy().replies().listening())
          || !programme.tryTask(programme.strategy().staffing().minutesPerMention())) {
        continue;
      }
      brand.consider(person, JoinChannel.LISTENING, 3.0);
      brand.experience(person, 1.0, Experiences.LISTENING_WEIGHT);
    }
  }

  private static boolean knowsWithoutFollowing(BrandCommunity brand, int person) {
    byte state = brand.state(person);
    return state == PersonState.AWARE || state == PersonState.LEFT;
  }
}
