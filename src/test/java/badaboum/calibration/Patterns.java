package badaboum.calibration;

import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.result.MemberTable;
import badaboum.result.RunResult;
import badaboum.scenario.Scenario;
import java.util.Arrays;
import java.util.Locale;

/**
 * The empirical patterns the model's defaults are calibrated on (pattern-oriented modelling, Grimm
 * et al. 2005), measured over the replicates of one arm. Each is a mean over runs; the bands are in
 * docs/MODEL.md with their sources.
 */
record Patterns(
    int runs,
    double organicReach,
    double reachEarly,
    double reachLate,
    double engagementPerPostPerFollower,
    double engagedWithin42Days,
    double topPercentCommentShare,
    double everCommented,
    double ambassadorsPerActive,
    double runsWithAmbassadors,
    double memberAnswersPerWeek,
    double weeksWithReplies,
    double finalFollowers,
    double finalActive,
    double repliesPerWeek) {

  static final int WINDOW = 42;

  /** A page starts from nobody: weekly replies are counted once its first quarter is over. */
  static final int ESTABLISHED = 91;

  /** The patterns of {@code arm} over replicates 0 to {@code runs} − 1. */
  static Patterns of(Scenario scenario, String arm, int runs) {
    double[][] values = new double[14][runs];
    for (int r = 0; r < runs; r++) {
      RunResult result = Simulation.run(RunSpec.of(scenario, arm, r).withMembers());
      BrandTrace trace = result.traces().get(0);
      MemberTable members = result.members().get(0);
      int days = scenario.days();
      values[0][r] = meanOverPostingDays(trace, DailyMetric.REACH, 1, days);
      values[1][r] = meanOverPostingDays(trace, DailyMetric.REACH, 30, 90);
      values[2][r] = meanOverPostingDays(trace, DailyMetric.REACH, days - 60, days);
      values[3][r] = meanOverPostingDays(trace, DailyMetric.ENGAGEMENT_RATE, 1, days);
      int followers = 0;
      int recent = 0;
      int commenters = 0;
      int[] comments = new int[members.size()];
      int n = 0;
      for (int p = 0; p < members.size(); p++) {
        if (!members.state()[p].equals("follower")) {
          continue;
        }
        followers++;
        // engaging as page analytics count it: reacting to the page's content
        if (members.lastReactedDay()[p] >= days - WINDOW) {
          recent++;
        }
        if (members.comments()[p] > 0) {
          commenters++;
        }
        comments[n++] = members.comments()[p];
      }
      values[4][r] = followers == 0 ? 0 : recent / (double) followers;
      values[5][r] = topShare(Arrays.copyOf(comments, n));
      values[6][r] = followers == 0 ? 0 : commenters / (double) followers;
      double active = trace.get(DailyMetric.ACTIVE, days);
      double ambassadors = trace.get(DailyMetric.AMBASSADORS, days);
      values[7][r] = active == 0 ? 0 : ambassadors / active;
      values[8][r] = ambassadors > 0 && ambassadors >= 0.01 * active ? 1 : 0;
      values[9][r] = perWeek(trace, DailyMetric.MEMBER_ANSWERS, days / 2, days);
      values[10][r] = weeksWith(trace, DailyMetric.REPLIES, ESTABLISHED, days);
      values[11][r] = trace.get(DailyMetric.FOLLOWERS, days);
      values[12][r] = active;
      values[13][r] = perWeek(trace, DailyMetric.REPLIES, ESTABLISHED, days);
    }
    double[] m =
        Arrays.stream(values).mapToDouble(v -> Arrays.stream(v).average().orElse(0)).toArray();
    return new Patterns(
        runs, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11], m[12],
        m[13]);
  }

  /** Share of all comments written by the top 1% of followers (at least one follower). */
  static double topShare(int[] comments) {
    long total = Arrays.stream(comments).asLongStream().sum();
    if (total == 0) {
      return 0;
    }
    int[] sorted = comments.clone();
    Arrays.sort(sorted);
    int top = Math.max(1, (int) Math.round(sorted.length * 0.01));
    long topTotal = 0;
    for (int i = sorted.length - top; i < sorted.length; i++) {
      topTotal += sorted[i];
    }
    return topTotal / (double) total;
  }

  private static double meanOverPostingDays(
      BrandTrace trace, DailyMetric metric, int from, int to) {
    double total = 0;
    int n = 0;
    for (int day = from; day <= to; day++) {
      if (trace.get(DailyMetric.REACH, day) > 0) {
        total += trace.get(metric, day);
        n++;
      }
    }
    return n == 0 ? 0 : total / n;
  }

  private static double perWeek(BrandTrace trace, DailyMetric metric, int from, int to) {
    double total = 0;
    for (int day = from; day <= to; day++) {
      total += trace.get(metric, day);
    }
    return total / ((to - from + 1) / 7.0);
  }

  private static double weeksWith(BrandTrace trace, DailyMetric metric, int from, int to) {
    int weeks = 0;
    int with = 0;
    for (int start = from; start + 6 <= to; start += 7) {
      weeks++;
      double total = 0;
      for (int day = start; day < start + 7; day++) {
        total += trace.get(metric, day);
      }
      if (total > 0) {
        with++;
      }
    }
    return weeks == 0 ? 0 : with / (double) weeks;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "runs %d: organic reach %.3f (early %.3f, late %.3f); engagement %.4f per post per follower;"
            + " engaged within 42 days %.3f; top 1%% write %.2f of comments; ever commented %.3f;"
            + " ambassadors per active %.3f, runs with ambassadors %.2f; member answers %.1f a week;"
            + " weeks with replies %.2f (%.1f replies a week); followers %.0f, active %.1f",
        runs,
        organicReach,
        reachEarly,
        reachLate,
        engagementPerPostPerFollower,
        engagedWithin42Days,
        topPercentCommentShare,
        everCommented,
        ambassadorsPerActive,
        runsWithAmbassadors,
        memberAnswersPerWeek,
        weeksWithReplies,
        repliesPerWeek,
        finalFollowers,
        finalActive);
  }
}
