package badaboum.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.analysis.PairedComparison;
import badaboum.result.RunResult;
import badaboum.result.SummaryMetric;
import badaboum.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Each workshop lesson holds for the reason its seed names, proven by ablation: on two sets of
 * seeds, the paired difference between the arms has the announced sign with a 95% interval that
 * excludes zero while the named mechanism works; with that mechanism switched off (its keys set to
 * their neutral values) the effect vanishes: its interval includes zero, it shrinks by at least
 * 70%, or it turns round. A facilitator must never show the room a lesson the model gives for
 * another reason.
 */
class WorkshopLessonsTest {
  /** A second set of seeds: another master seed, so other replicates. */
  private static final long OTHER_SEEDS = 7919;

  @Test
  void h1TheSpikeGetsBoumCancelledByAManagementThatReviewsIt() {
    Scenario s = Lesson.load("h1-boum-vs-steady.yaml");
    Map<String, Object> neverReviews = Map.of("management.review_every", 3650);
    holdsAndVanishes(s, Map.of(), neverReviews, summary(SummaryMetric.CANCELLED), +1);
    // honestly: the last day's lead of steady comes from the cancellation; funded, boum is ahead
    holdsAndVanishes(s, Map.of(), neverReviews, summary(SummaryMetric.FINAL_ACTIVE), -1);
    for (long seed : seeds(s)) {
      Lesson funded = Lesson.of(s, neverReviews, seed);
      assertThat(funded.diff(summary(SummaryMetric.FINAL_ACTIVE)).ci95Low()).isPositive();
    }
  }

  @Test
  void h2BoughtFansTakeTheReachAndActivityFalls() {
    Scenario s = Lesson.load("h2-bought-fans.yaml");
    holdsAndVanishes(
        s,
        Map.of(),
        Map.of("platform.counts_fake_fans", false),
        summary(SummaryMetric.MEAN_ACTIVE),
        -1);
  }

  @Test
  void h3WhatManagementCountsDecidesWhoIsCancelled() {
    Scenario s = Lesson.load("h3-kpi-fans-vs-activity.yaml");
    holdsAndVanishes(
        s,
        Map.of("management.kpi", "fans"),
        Map.of("management.kpi", "active_members"),
        summary(SummaryMetric.CANCELLED),
        +1);
  }

  @Test
  void h4TheInternHasNoTimeForTheWork() {
    Scenario s = Lesson.load("h4-intern-vs-community-manager.yaml");
    Map<String, Object> free = new LinkedHashMap<>();
    for (String task : List.of("post", "reply", "moderation", "mention", "crisis_response")) {
      free.put("strategies.*.community_manager.minutes_per_" + task, 0);
    }
    holdsAndVanishes(s, Map.of(), free, summary(SummaryMetric.MEAN_ACTIVE), +1);
  }

  @Test
  void h5PeopleGatherAroundABrandThatTalksAboutSomethingElse() {
    Scenario s = Lesson.load("h5-put-cats.yaml");
    Map<String, Object> alike = new LinkedHashMap<>();
    alike.put("community.satisfaction.promo_tolerance", 1.0);
    for (String kind : List.of("promotional", "informative", "entertaining", "conversation")) {
      alike.put("content_types." + kind + ".appeal", 1.0);
      alike.put("content_types." + kind + ".centredness", 0.4);
      alike.put("content_types." + kind + ".comment_share", 0.3);
      alike.put("content_types." + kind + ".share_share", 0.1);
    }
    holdsAndVanishes(s, Map.of(), alike, summary(SummaryMetric.MEAN_ACTIVE), +1);
  }

  @Test
  void h6FastPersonalAnswersGrowAmbassadors() {
    Scenario s = Lesson.load("h6-fast-personal-replies.yaml");
    Map<String, Object> worthless = new LinkedHashMap<>();
    worthless.put("community.satisfaction.reply_weight", 0.0);
    worthless.put("community.satisfaction.observer_weight", 0.0);
    worthless.put("community.satisfaction.listening_weight", 0.0);
    worthless.put("platform.listening_conversion", 0.0);
    holdsAndVanishes(s, Map.of(), worthless, summary(SummaryMetric.MEAN_AMBASSADORS), +1);
  }

  @Test
  void h7AFastTransparentAnswerCalmsTheCrisis() {
    Scenario s = Lesson.load("h7-crisis-and-ambassadors.yaml");
    holdsAndVanishes(
        s,
        Map.of("community.ambassadors.enabled", false),
        Map.of(
            "community.ambassadors.enabled", false,
            "outrage.answer_damping", 0.0,
            "outrage.answer_calming", 0.0),
        summary(SummaryMetric.MEAN_SENTIMENT),
        +1);
  }

  @Test
  void h7AmbassadorsDefendTheBrand() {
    Scenario s = Lesson.load("h7-crisis-and-ambassadors.yaml");
    ToDoubleFunction<RunResult> sentiment = summary(SummaryMetric.MEAN_SENTIMENT);
    for (long seed : seeds(s)) {
      PairedComparison on = ambassadors(s, Map.of(), seed, sentiment);
      assertThat(on.ci95Low()).as("ambassadors raise sentiment, seed %d", seed).isPositive();
      PairedComparison off =
          ambassadors(s, Map.of("community.ambassadors.defence_success", 0.0), seed, sentiment);
      System.out.printf(
          java.util.Locale.ROOT,
          "%s ambassadors seed %d: with %.4g [%.4g, %.4g], without their defence %.4g [%.4g, %.4g]%n",
          s.name(),
          seed,
          on.meanDifference(),
          on.ci95Low(),
          on.ci95High(),
          off.meanDifference(),
          off.ci95Low(),
          off.ci95High());
      assertVanishes(on, off, "without their defence, seed " + seed);
    }
  }

  @Test
  void h8MembersWhoTalkToEachOtherKeepTheCommunityAlive() {
    Scenario s = Lesson.load("h8-what-survives-cancellation.yaml");
    for (long seed : seeds(s)) {
      Lesson lesson = Lesson.of(s, Map.of(), seed);
      assertThat(lesson.values(0, summary(SummaryMetric.CANCEL_DAY))).containsOnly(200.0);
      assertThat(lesson.values(1, summary(SummaryMetric.CANCEL_DAY))).containsOnly(200.0);
    }
    // Talk after the cancellation varies more between runs than between the arms (a community
    // sustains itself in a minority of runs either way): the gap is positive on both sets of seeds
    // and beyond luck over both together, not over each set's 60 runs alone; the notes say so.
    ToDoubleFunction<RunResult> talk = summary(SummaryMetric.M2M_AFTER_CANCEL);
    List<double[]> broadcast = new ArrayList<>();
    List<double[]> conversation = new ArrayList<>();
    for (long seed : seeds(s)) {
      Lesson with = Lesson.of(s, Map.of(), seed);
      PairedComparison gap = with.diff(talk);
      assertThat(gap.meanDifference()).as("the gap, seed %d: %s", seed, gap).isPositive();
      broadcast.add(with.values(0, talk));
      conversation.add(with.values(1, talk));
      PairedComparison without =
          Lesson.of(s, Map.of("community.peer_reactivation", 0.0), seed).diff(talk);
      System.out.printf(
          java.util.Locale.ROOT,
          "%s seed %d: with %.4g [%.4g, %.4g], without peer reactivation %.4g [%.4g, %.4g]%n",
          s.name(),
          seed,
          gap.meanDifference(),
          gap.ci95Low(),
          gap.ci95High(),
          without.meanDifference(),
          without.ci95Low(),
          without.ci95High());
      assertVanishes(gap, without, "community.peer_reactivation 0, seed " + seed);
    }
    PairedComparison both = PairedComparison.of(concat(broadcast), concat(conversation), 11);
    System.out.printf(
        java.util.Locale.ROOT,
        "%s both sets of seeds: %.4g [%.4g, %.4g]%n",
        s.name(),
        both.meanDifference(),
        both.ci95Low(),
        both.ci95High());
    assertThat(both.ci95Low()).as("the gap over both sets of seeds: %s", both).isPositive();
  }

  private static double[] concat(List<double[]> parts) {
    return parts.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
  }

  @Test
  void h9HoursSpreadOverEveryPlatformLeaveTooLittleWhereTheCommunityIs() {
    Scenario s = Lesson.load("h9-pintagram.yaml");
    // the manager's time is the mechanism: with every task and every switch free, spreading
    // costs the page where the community is nothing, and the lesson vanishes
    Map<String, Object> free = new LinkedHashMap<>();
    for (String task :
        List.of("post", "reply", "moderation", "mention", "crisis_response", "switch")) {
      free.put("strategies.*.community_manager.minutes_per_" + task, 0);
    }
    holdsAndVanishes(s, Map.of(), free, summary(SummaryMetric.FINAL_ACTIVE), -1);
    // honestly: when the audience moves to the new platform, following it is right
    for (long seed : seeds(s)) {
      Lesson moves = Lesson.of(s, Map.of("platforms.home.fade_half_life", 60), seed);
      PairedComparison following = moves.diff(summary(SummaryMetric.FINAL_ACTIVE));
      assertThat(following.ci95Low())
          .as("following the audience to Pintagram+ pays, seed %d: %s", seed, following)
          .isPositive();
    }
  }

  @Test
  void h10CallingAnAudienceACommunityGrates() {
    Scenario s = Lesson.load("h10-dear-community.yaml");
    Map<String, Object> harmless = Map.of("community.satisfaction.belonging_weight", 0.0);
    holdsAndVanishes(s, Map.of(), harmless, summary(SummaryMetric.MEAN_SENTIMENT), +1);
    holdsAndVanishes(s, Map.of(), harmless, summary(SummaryMetric.TOTAL_UNFOLLOWS), -1);
  }

  /** Late answer, with ambassadors minus without, paired by replicate. */
  private static PairedComparison ambassadors(
      Scenario s, Map<String, Object> keys, long seed, ToDoubleFunction<RunResult> metric) {
    Map<String, Object> without = new LinkedHashMap<>(keys);
    without.put("community.ambassadors.enabled", false);
    Map<String, Object> with = new LinkedHashMap<>(keys);
    with.put("community.ambassadors.enabled", true);
    return PairedComparison.of(
        Lesson.of(s, without, seed).values(0, metric),
        Lesson.of(s, with, seed).values(0, metric),
        11);
  }

  /**
   * The lesson holds with {@code on} set (second arm minus first has the sign {@code sign}, its 95%
   * interval excludes zero) and vanishes with {@code off} set, on both sets of seeds.
   */
  private static void holdsAndVanishes(
      Scenario s,
      Map<String, Object> on,
      Map<String, Object> off,
      ToDoubleFunction<RunResult> metric,
      int sign) {
    for (long seed : seeds(s)) {
      PairedComparison with = Lesson.of(s, on, seed).diff(metric);
      if (sign > 0) {
        assertThat(with.ci95Low()).as("the lesson holds, seed %d: %s", seed, with).isPositive();
      } else {
        assertThat(with.ci95High()).as("the lesson holds, seed %d: %s", seed, with).isNegative();
      }
      PairedComparison without = Lesson.of(s, off, seed).diff(metric);
      System.out.printf(
          java.util.Locale.ROOT,
          "%s seed %d: with %.4g [%.4g, %.4g], without (%s) %.4g [%.4g, %.4g]%n",
          s.name(),
          seed,
          with.meanDifference(),
          with.ci95Low(),
          with.ci95High(),
          off,
          without.meanDifference(),
          without.ci95Low(),
          without.ci95High());
      assertVanishes(with, without, off + ", seed " + seed);
    }
  }

  private static void assertVanishes(PairedComparison on, PairedComparison off, String what) {
    boolean includesZero = off.ci95Low() <= 0 && off.ci95High() >= 0;
    boolean shrinks = Math.abs(off.meanDifference()) <= 0.3 * Math.abs(on.meanDifference());
    boolean turns = Math.signum(off.meanDifference()) == -Math.signum(on.meanDifference());
    assertThat(includesZero || shrinks || turns)
        .as("the effect %s vanishes with %s: %s", on.meanDifference(), what, off)
        .isTrue();
  }

  private static long[] seeds(Scenario s) {
    return new long[] {s.seed(), s.seed() + OTHER_SEEDS};
  }

  private static ToDoubleFunction<RunResult> summary(SummaryMetric metric) {
    return Lesson.summary(metric);
  }
}
