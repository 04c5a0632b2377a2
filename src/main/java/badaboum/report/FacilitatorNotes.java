package badaboum.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario's facilitator notes as a person reads them. The notes' figures are written as tokens
 * that a test regenerates from the runs, {@code [[metric@path=value: arm figure, arm figure]]};
 * shown to a person, {@code [[final_active: steady 39, boum 4.6]]} reads {@code final active:
 * steady 39, boum 4.6} and {@code [[cancelled@management.kpi=fans: steady 0%, boum 100%]]} reads
 * {@code cancelled (management.kpi = fans): steady 0%, boum 100%}. The files keep the tokens.
 */
public final class FacilitatorNotes {
  /** A figure token, across line breaks and indentation (the grammar the notes' test reads). */
  static final Pattern TOKEN =
      Pattern.compile(
          "\\[\\[([a-z_0-9]+)(?:@([a-z_.\\[\\]0-9*]+)=([^:\\]]+))?:\\s*([^\\]]+)\\]\\]");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private FacilitatorNotes() {}

  /** The notes with every figure token written for a person; other text as it is. */
  public static String forPeople(String notes) {
    Matcher m = TOKEN.matcher(notes);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      StringBuilder token = new StringBuilder(m.group(1).replace('_', ' '));
      if (m.group(2) != null) {
        token.append(" (").append(m.group(2)).append(" = ").append(m.group(3).strip()).append(')');
      }
      token.append(": ").append(SPACES.matcher(m.group(4).strip()).replaceAll(" "));
      m.appendReplacement(out, Matcher.quoteReplacement(token.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
