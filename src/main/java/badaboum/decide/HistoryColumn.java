package badaboum.decide;

import java.util.List;
import java.util.Locale;

/**
 * The columns of a page's daily history that calibration reads, with the names page-analytics
 * exports give them (Facebook Insights' page export among them). Names match whatever their case,
 * spaces or underscores.
 */
public enum HistoryColumn {
  FOLLOWERS(
      "followers",
      "accounts following the page that day (the model's fans, bought ones included)",
      List.of(
          "fans",
          "page likes",
          "total likes",
          "lifetime total likes",
          "page followers",
          "lifetime total follows")),
  NEW_FOLLOWERS(
      "new_followers",
      "people who started following that day",
      List.of("new fans", "new likes", "daily new likes", "daily new follows", "new follows")),
  UNFOLLOWS(
      "unfollows",
      "people who stopped following that day",
      List.of("unlikes", "daily unlikes", "daily unfollows", "lost followers")),
  REACTIONS(
      "reactions",
      "reactions to the page's posts that day (compared with the model's organic reactions)",
      List.of(
          "engaged users",
          "daily page engaged users",
          "daily engaged users",
          "engagements",
          "daily reactions")),
  REACH(
      "reach",
      "people shown the page's posts that day (compared with the model's people shown a post)",
      List.of("total reach", "daily total reach", "daily page reach", "page reach")),
  POSTS(
      "posts",
      "posts the page published that day (not fitted: it turns the model's per-post rates into"
          + " daily reactions and reach)",
      List.of("daily posts", "page posts", "posts published"));

  private final String column;
  private final String meaning;
  private final List<String> aliases;

  HistoryColumn(String column, String meaning, List<String> aliases) {
    this.column = column;
    this.meaning = meaning;
    this.aliases = aliases;
  }

  public String column() {
    return column;
  }

  public String meaning() {
    return meaning;
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
