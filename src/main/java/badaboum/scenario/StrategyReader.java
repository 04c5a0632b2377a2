package badaboum.scenario;

import java.util.ArrayList;
import java.util.List;

/** Reads one strategy, every key with its default: what a strategist controls. */
final class StrategyReader {
  private final int days;

  StrategyReader(int days) {
    this.days = days;
  }

  StrategySpec read(String name, Section s) {
    double postsPerWeek = s.number("posts_per_week", 4, 0, 100, "posts per week");
    double quality = s.number("quality", 0.7, 0, 1, "craft of a post at full staffing");
    ContentMix content = content(s.section("content"));
    RepliesSpec replies = replies(s.section("replies"));
    StaffingSpec staffing = staffing(s.section("community_manager"));
    double moderation = s.number("moderation", 0.5, 0, 1, "share of spam removed");
    LaunchSpec launch = launch(s.section("launch"));
    AdsSpec ads = ads(s.section("ads"));
    List<ContestSpec> contests = new ArrayList<>();
    for (Section c : s.sections("contests")) {
      contests.add(contest(c));
    }
    Section p = s.section("polls");
    PollsSpec polls =
        new PollsSpec(
            p.integer("start", 0, 0, days, "day"),
            p.integer("every", 0, 0, days, "days between polls; 0 means none"));
    p.finish();
    List<FanPurchase> buyFans = new ArrayList<>();
    for (Section b : s.sections("buy_fans")) {
      buyFans.add(
          new FanPurchase(
              b.integer("day", 0, 0, days, "day"),
              b.integer("count", 1000, 0, 10_000_000, "fake fans"),
              b.number("price_per_1000", 15, 0, 1_000_000, "currency per thousand")));
      b.finish();
    }
    Section r = s.section("crisis_response");
    CrisisResponseSpec crisis =
        new CrisisResponseSpec(
            r.number("delay_hours", 24, 0, 24 * 365, "hours to a public answer"),
            r.number("transparency", 0.5, 0, 1, "0 denial to 1 full transparency"));
    r.finish();
    s.raw("extends");
    s.finish();
    return new StrategySpec(
        name,
        postsPerWeek,
        quality,
        content,
        replies,
        staffing,
        moderation,
        launch,
        ads,
        contests,
        polls,
        buyFans,
        crisis);
  }

  private static ContentMix content(Section s) {
    double promotional = s.number("promotional", 0.2, 0, 1, "share of posts");
    double informative = s.number("informative", 0.3, 0, 1, "share of posts");
    double entertaining = s.number("entertaining", 0.3, 0, 1, "share of posts");
    double conversation = s.number("conversation", 0.2, 0, 1, "share of posts");
    s.finish();
    double sum = promotional + informative + entertaining + conversation;
    if (Math.abs(sum - 1) > 1e-6) {
      s.problem(
          "",
          "the four shares sum to "
              + Section.format(Math.round(sum * 1e6) / 1e6)
              + "; make promotional + informative + entertaining + conversation = 1");
      return new ContentMix(0.25, 0.25, 0.25, 0.25);
    }
    return new ContentMix(promotional, informative, entertaining, conversation);
  }

  private static RepliesSpec replies(Section s) {
    RepliesSpec spec =
        new RepliesSpec(
            s.number("rate", 0.5, 0, 1, "share of comments answered"),
            s.number("delay_hours", 6, 0, 24 * 30, "hours"),
            s.number("personal", 0.5, 0, 1, "0 canned to 1 personal"),
            s.number("listening", 0, 0, 1, "share of outside mentions answered"));
    s.finish();
    return spec;
  }

  private static StaffingSpec staffing(Section s) {
    StaffingSpec spec =
        new StaffingSpec(
            s.number("hours_per_week", 10, 0, 168, "hours"),
            s.number("hourly_cost", 35, 0, 10_000, "currency per hour"),
            s.number("minutes_per_post", 45, 0, 24 * 60, "minutes"),
            s.number("minutes_per_reply", 4, 0, 24 * 60, "minutes, doubled by a personal touch"),
            s.number("minutes_per_moderation", 1, 0, 24 * 60, "minutes per item"),
            s.number("minutes_per_mention", 5, 0, 24 * 60, "minutes per outside mention"),
            s.number("minutes_per_crisis_response", 120, 0, 24 * 60, "minutes"));
    s.finish();
    return spec;
  }

  private LaunchSpec launch(Section s) {
    LaunchSpec spec =
        new LaunchSpec(
            s.integer("day", 0, 0, days, "day"),
            s.integer("reach", 0, 0, ScenarioLimits.MAX_AUDIENCE, "people; 0 means no launch"),
            s.number("conversion", 0.5, 0, 10, "factor on the follow probability"),
            s.number("cost", 0, 0, 1e9, "currency"));
    s.finish();
    return spec;
  }

  private AdsSpec ads(Section s) {
    AdsSpec spec =
        new AdsSpec(
            s.number("daily_budget", 0, 0, 1e7, "currency per day; 0 means no ads"),
            s.number("cost_per_1000", 5, 0.01, 1e5, "currency per thousand impressions"),
            s.choice("targeting", AdTargeting.BROAD, AdTargeting.class),
            s.number("conversion", 0.05, 0, 10, "factor on the follow probability"),
            s.integer("start", 0, 0, days, "day"),
            s.integer("end", days, 0, ScenarioLimits.MAX_DAYS, "day"));
    if (spec.end() < spec.start()) {
      s.problem("end", "ads end on day " + spec.end() + ", before they start; set end >= start");
    }
    s.finish();
    return spec;
  }

  private ContestSpec contest(Section s) {
    ContestSpec spec =
        new ContestSpec(
            s.integer("start", 0, 0, days, "day"),
            s.integer("every", 0, 0, days, "days between starts; 0 means once"),
            s.integer("duration", 10, 1, days, "days"),
            s.number("prize", 500, 0, 1e9, "currency per contest"),
            s.choice("entry", ContestEntry.LIKE, ContestEntry.class),
            s.number("alignment", 0.5, 0, 1, "fit with the brand's universe"),
            s.integer("reach_per_day", 2000, 0, ScenarioLimits.MAX_AUDIENCE, "people per day"),
            s.number("churn_after", 0.02, 0, 1, "probability per day once the prize is gone"));
    if (spec.every() > 0 && spec.every() < spec.duration()) {
      s.problem(
          "every",
          "a contest every "
              + spec.every()
              + " days cannot last "
              + spec.duration()
              + " days; make every >= duration");
    }
    s.finish();
    return spec;
  }
}
