package badaboum.scenario;

import java.util.Collection;
import java.util.Locale;

/** Suggests the closest known word for a misspelt one, as Dropwizard and MATSim do. */
public final class DidYouMean {
  private DidYouMean() {}

  /** The closest option within a small edit distance, or null when nothing is close. */
  public static String suggest(String given, Collection<String> options) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lowered = given.toLowerCase(Locale.ROOT);
    for (String option : options) {
      int d = distance(lowered, option.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = option;
      }
    }
    int allowed = Math.max(2, given.length() / 3);
    return bestDistance <= allowed ? best : null;
  }

  /** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
