package badaboum.decide;

import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;

/**
 * What the model says of each history column on each day of one run, from the focal brand's trace:
 *
 * <ul>
 *   <li>followers: fans (a page's count includes bought and fake accounts);
 *   <li>new_followers, unfollows: the same daily counts;
 *   <li>reactions: organic reactions, the engagement rate (reactions per post ÷ fans) × fans ×
 *       posts that day; reach: people shown a post, reach × fans × posts. The trace keeps per-post
 *       rates, so the posts are the history's own that day when it has a posts column, else the
 *       plan's, max(1, posts_per_week ÷ 7) on a day the model posted: exact for plans of at most
 *       one post a day, the average for more.
 * </ul>
 */
final class ModelSeries {
  private ModelSeries() {}

  /**
   * The model's values of {@code column} for days 0 to {@code lastDay}.
   *
   * @param posts the history's posts per day (NaN where unknown), or null
   * @param postsPerWeek the plan's posts per week
   */
  static double[] of(
      HistoryColumn column, BrandTrace trace, int lastDay, double[] posts, double postsPerWeek) {
    double[] out = new double[lastDay + 1];
    double planned = Math.max(1, postsPerWeek / 7);
    for (int d = 0; d <= lastDay; d++) {
      double fans = trace.get(DailyMetric.FANS, d);
      double perDay =
          posts != null && d < posts.length && !Double.isNaN(posts[d]) ? posts[d] : planned;
      out[d] =
          switch (column) {
            case FOLLOWERS -> fans;
            case NEW_FOLLOWERS -> trace.get(DailyMetric.NEW_FOLLOWERS, d);
            case UNFOLLOWS -> trace.get(DailyMetric.UNFOLLOWS, d);
            case REACTIONS -> trace.get(DailyMetric.ENGAGEMENT_RATE, d) * fans * perDay;
            case REACH -> trace.get(DailyMetric.REACH, d) * fans * perDay;
            case POSTS -> Double.NaN;
          };
    }
    return out;
  }
}
