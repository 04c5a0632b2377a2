package badaboum.decide;

import java.util.List;
import java.util.Locale;

/**
 * The columns of a page's daily history that calibration reads, with the names page-analytics
 * exports give them (Facebook Insights' page export among them). Names match whatever their case,
 * spaces or underscores. What each means, for a person, is the message {@code history.COLUMN}.
 */
public enum HistoryColumn {
  FOLLOWERS(
      "followers",
      List.of(
          "fans",
          "page likes",
          "total likes",
          "lifetime total likes",
          "page followers",
          "lifetime total follows")),
  NEW_FOLLOWERS(
      "new_followers",
      List.of("new fans", "new likes", "daily new likes", "daily new follows", "new follows")),
  UNFOLLOWS("unfollows", List.of("unlikes", "daily unlikes", "daily unfollows", "lost followers")),
  REACTIONS(
      "reactions",
      List.of(
          "engaged users",
          "daily page engaged users",
          "daily engaged users",
          "engagements",
          "daily reactions")),
  REACH("reach", List.of("total reach", "daily total reach", "daily page reach", "page reach")),
  POSTS("posts", List.of("daily posts", "page posts", "posts published"));

  private final String column;
  private final List<String> aliases;

  HistoryColumn(String column, List<String> aliases) {
    this.column = column;
    this.aliases = aliases;
  }

  public String column() {
    return column;
  }

  public List<String> aliases() {
    return aliases;
  }

  /** Whether the column is compared with the model (posts is an input). */
  public boolean fitted() {
    return this != POSTS;
  }

  /** The column a header names, or null. */
  static HistoryColumn named(String header) {
    String name = normal(header);
    for (HistoryColumn c : values()) {
      if (normal(c.column).equals(name)) {
        return c;
      }
      for (String alias : c.aliases) {
        if (normal(alias).equals(name)) {
          return c;
        }
      }
    }
    return null;
  }

  static String normal(String name) {
    return name.strip().replace('_', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
