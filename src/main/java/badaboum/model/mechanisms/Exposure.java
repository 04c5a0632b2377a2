package badaboum.model.mechanisms;

import badaboum.model.BrandCommunity;
import badaboum.model.ContentType;
import badaboum.model.DayCounters;
import badaboum.model.Market;
import badaboum.model.Mechanism;
import badaboum.model.Programme;
import badaboum.model.RandomDraws;
import badaboum.model.Sharing;
import badaboum.scenario.ContentMix;
import badaboum.scenario.ContentTypeSpec;
import badaboum.scenario.ContestSpec;
import badaboum.scenario.PlatformSpec;
import badaboum.scenario.SatisfactionSpec;
import badaboum.scenario.StrategySpec;
import ec.util.MersenneTwisterFast;

/**
 * Step 4, exposure and engagement. The brand posts what its plan calls for, rushed when the
 * community manager lacks time (quality falls with the share of the posting time available). Each
 * post is shown to the current organic reach of fans, drawn among all fans, so fake fans swallow
 * their share of it; a person sees it only if they have attention left today. Someone who sees a
 * post reacts with probability base_reaction × activity × relevance × satisfaction / indifference
 * (times the prize seekers' interest for them, at most max_reaction_chance); a reaction is a
 * comment (queued for the manager, and maybe answered by a member) with the kind's comment share ×
 * activity^comment_activity_exponent, else a share (friends see it) or a like. Seeing a post also
 * moves satisfaction towards its relevance, and promotional overload makes promotion grate. On
 * contest days the page carries the contest, whose entries are counted apart from reactions; on
 * poll days a poll.
 */
public final class Exposure implements Mechanism {

  @Override
  public String name() {
    return "exposure and engagement";
  }

  @Override
  public void apply(Market market) {
    for (BrandCommunity brand : market.brandsInFeedOrder()) {
      Programme programme = brand.programme();
      StrategySpec strategy = programme.strategy();
      int due = programme.postsDueToday();
      double quality = 0;
      if (due > 0) {
        double share = programme.useMinutes(due * strategy.staffing().minutesPerPost());
        quality = strategy.quality() * share;
        if (share == 0) {
          due = 0; // nobody to write them
        }
      }
      MersenneTwisterFast random = brand.random();
      for (int i = 0; i < due; i++) {
        post(market, brand, pick(strategy.content(), random), quality, null);
      }
      if (programme.alive()) {
        for (ContestSpec contest : strategy.contests()) {
          if (contest.runsOn(market.day())) {
            post(market, brand, ContentType.CONTEST, 1.0, contest);
          }
        }
        if (strategy.polls().on(market.day())) {
          // a poll takes the time of a post, but even rushed it keeps the floor of its quality
          double share = programme.useMinutes(strategy.staffing().minutesPerPost());
          double floor = strategy.staffing().pollQualityFloor();
          post(market, brand, ContentType.POLL, strategy.quality() * Math.max(share, floor), null);
        }
      }
      int posts = brand.counters().organicPosts();
      if (posts > 0 && brand.fans() > 0) {
        DayCounters today = brand.counters();
        programme.rememberEngagement(
            today.organicReactions(), today.organicImpressions(), (double) posts * brand.fans());
      }
    }
  }

  private static void post(
      Market market, BrandCommunity brand, ContentType type, double quality, ContestSpec contest) {
    Programme programme = brand.programme();
    programme.rememberPost(type);
    brand.counters().addPost(type != ContentType.CONTEST);
    int fans = brand.fans();
    if (fans == 0) {
      return;
    }
    MersenneTwisterFast random = brand.random();
    boolean overload =
        type == ContentType.PROMOTIONAL
            && programme.recentPromotionalShare() > brand.satisfactionRules().promoTolerance();
    // the platform treats fake accounts like any follower, unless told it does not; each of
    // them is shown the post with the page's reach, at most once
    int audience = market.platform().countsFakeFans() ? fans : brand.followerCount();
    double reach = programme.organicReach(audience);
    int followers = brand.followerCount();
    for (long i = RandomDraws.skip(random, reach);
        i < audience;
        i += 1L + RandomDraws.skip(random, reach)) {
      int slot = (int) i;
      if (slot >= followers) {
        impression(brand, contest); // a fake fan: shown, never engages
        continue;
      }
      int person = brand.follower(slot);
      if (!market.attend(person)) {
        continue;
      }
      impression(brand, contest);
      see(market, brand, type, quality, contest, person, overload);
    }
  }

  private static void see(
      Market market,
      BrandCommunity brand,
      ContentType type,
      double quality,
      ContestSpec contest,
      int person,
      boolean overload) {
    MersenneTwisterFast random = brand.random();
    if (contest != null) {
      if (market.audience().prizeSeeker(person)) {
        Campaigns.enter(
            market, brand, contest, person, Campaigns.contestEnd(contest, market.day()));
      } else {
        Campaigns.genuineMemberSees(brand, contest, person);
      }
      return;
    }
    SatisfactionSpec rules = brand.satisfactionRules();
    PlatformSpec platform = market.platform();
    ContentTypeSpec kind = type.in(market.contentTypes());
    double affinity = market.audience().affinity(person);
    double relevance = kind.relevance(quality, affinity, market.contentTypes().generalInterest());
    double value = Math.min(1, relevance / rules.relevanceForDelight());
    // under promotional overload a promotional post is worth less than its relevance says
    brand.experience(
        person, overload ? value * rules.overloadDiscount() : value, rules.postWeight());
    double activity = market.audience().activity(person);
    double p =
        platform.baseReaction()
            * activity
            * relevance
            * brand.satisfaction(person)
            / SatisfactionSpec.INDIFFERENT;
    if (market.audience().prizeSeeker(person)) {
      p *= market.audience().prizeSeekerInterest(); // compers follow hundreds of pages
    }
    if (random.nextDouble() >= Math.min(platform.maxReactionChance(), p)) {
      return;
    }
    brand.react(person);
    brand.engage(person);
    // superusers write, lurkers like: the chance that a reaction is a comment grows with activity
    double commentChance =
        Math.min(
            platform.maxCommentChance(),
            kind.commentShare() * Math.pow(activity, platform.commentActivityExponent()));
    if (random.nextDouble() < commentChance) {
      CommunityManager.comment(market, brand, person);
      if (type == ContentType.POLL) {
        brand.experience(person, rules.pollValue(), rules.pollWeight());
      }
    } else if (random.nextDouble() < kind.shareShare() / (1 - kind.commentShare())) {
      Sharing.share(market, brand, person);
    }
  }

  /**
   * Contest posts count in the day's impressions but not in the engagement the platform feeds reach
   * on: entries are not interest in the page, so a contest cannot buy lasting reach.
   */
  private static void impression(BrandCommunity brand, ContestSpec contest) {
    if (contest == null) {
      brand.counters().addOrganicImpression();
    } else {
      brand.counters().addImpression();
    }
  }

  private static ContentType pick(ContentMix mix, MersenneTwisterFast random) {
    double u = random.nextDouble();
    if (u < mix.promotional()) {
      return ContentType.PROMOTIONAL;
    }
    u -= mix.promotional();
    if (u < mix.informative()) {
      return ContentType.INFORMATIVE;
    }
    u -= mix.informative();
    return u < mix.entertaining() ? ContentType.ENTERTAINING : ContentType.CONVERSATION;
  }
}
