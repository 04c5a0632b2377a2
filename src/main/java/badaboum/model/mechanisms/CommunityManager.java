package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.CommentQueue;
import badaboum.model.JoinChannel;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.PersonState;
import badaboum.model.Programme;
import badaboum.model.RandomDraws;
import badaboum.scenario.RepliesSpec;
import badaboum.scenario.SatisfactionSpec;
import badaboum.scenario.StaffingSpec;
import ec.util.MersenneTwisterFast;

/**
 * Step 5b, the community manager's replies and listening, within the minutes left after posting and
 * moderation. Comments wait in a queue, oldest first; those the policy answers are answered while
 * time lasts, each reply worth more the faster and the more personal it is, for the commenter and,
 * less, for members who see the exchange. A comment nobody answers, neither the brand nor a fellow
 * member, disappoints after {@code reply_patience_days}. Listening answers people who mention the
 * brand elsewhere: the Wine Library e-mail that recruits an advocate.
 */
public final class CommunityManager implements Mechanism {

  @Override
  public String name() {
    return "replies and listening";
  }

  /**
   * A member comments: a fellow member may answer at once ({@link MemberAnswers}), and the comment
   * joins the manager's queue, marked by the reply policy.
   */
  static void comment(Market market, BrandCommunity brand, int person) {
    brand.comment(person);
    boolean answer =
        brand.programme().alive()
            && RandomDraws.chance(brand.random(), brand.programme().strategy().replies().rate());
    boolean byMember = MemberAnswers.answer(market, brand, person);
    brand.programme().comments().add(person, brand.today(), answer, byMember);
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
    SatisfactionSpec rules = brand.satisfactionRules();
    CommentQueue queue = programme.comments();
    int today = brand.today();
    int waiting = queue.size();
    for (int i = 0; i < waiting; i++) {
      int person = queue.oldestPerson();
      int day = queue.oldestDay();
      boolean toAnswer = queue.oldestToAnswer() && programme.alive();
      boolean byMember = queue.oldestMemberAnswered();
      queue.removeOldest();
      if (!brand.isFollower(person)) {
        continue;
      }
      if (toAnswer && programme.tryTask(staff.minutesPerReply() * (1 + policy.personal()))) {
        double delay = policy.delayHours() + HOURS_PER_DAY * (today - day);
        double value = rules.replyValue(delay, policy.personal());
        brand.experience(person, value, rules.replyWeight());
        brand.engage(person);
        brand.counters().addReply();
        observe(brand, value, rules);
      } else if (today - day >= rules.replyPatienceDays()) {
        if (!byMember) {
          brand.experience(person, rules.unansweredValue(), rules.unansweredWeight());
          brand.counters().addUnanswered();
          observe(brand, rules.unansweredValue(), rules);
        }
      } else {
        queue.add(person, day, toAnswer, byMember); // still waiting: back of the queue
      }
    }
  }

  /** Members who read the thread feel a little of what the commenter felt. */
  private static void observe(BrandCommunity brand, double value, SatisfactionSpec rules) {
    if (brand.activeCount() == 0) {
      return;
    }
    for (int i = 0; i < rules.observers(); i++) {
      brand.experience(brand.randomActive(), value, rules.observerWeight());
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
        RandomDraws.poisson(
            random, market.platform().mentionsPer1000Aware() * knowing / PER_THOUSAND);
    int n = market.audience().size();
    for (long m = 0; m < mentions; m++) {
      // a mention comes from someone who knows the brand without following it: drawn from the
      // audience until one is found, n / knowing draws on average (there is at least one)
      int person = random.nextInt(n);
      while (!knowsWithoutFollowing(brand, person)) {
        person = random.nextInt(n);
      }
      if (!RandomDraws.chance(random, programme.strategy().replies().listening())
          || !programme.tryTask(programme.strategy().staffing().minutesPerMention())) {
        continue;
      }
      brand.consider(person, JoinChannel.LISTENING, market.platform().listeningConversion());
      brand.experience(person, DELIGHT, brand.satisfactionRules().listeningWeight());
    }
  }

  private static boolean knowsWithoutFollowing(BrandCommunity brand, int person) {
    byte state = brand.state(person);
    return state == PersonState.AWARE || state == PersonState.LEFT;
  }

  private static final double HOURS_PER_DAY = 24;
  private static final double PER_THOUSAND = 1000;

  /** The top of the satisfaction scale: an answer where nobody expected the brand delights. */
  private static final double DELIGHT = 1;
}
