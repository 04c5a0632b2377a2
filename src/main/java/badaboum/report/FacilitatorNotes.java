package badaboum.report;

import badaboum.language.Language;
import badaboum.language.Messages;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario's facilitator notes as a person reads them, in a language. The notes' figures are
 * written as tokens that a test regenerates from the runs, {@code [[metric@path=value: arm figure,
 * arm figure]]}, the same in every language's notes; shown to a person, {@code [[final_active:
 * steady 39, boum 4.6]]} reads {@code final active: steady 39, boum 4.6} in English and {@code
 * actifs à la fin : steady 39, boum 4,6} in French, and {@code [[cancelled@management.kpi=fans:
 * steady 0%, boum 100%]]} reads {@code cancelled (management.kpi = fans): steady 0%, boum 100%}.
 * The files keep the tokens.
 */
public final class FacilitatorNotes {
  /** A figure token, across line breaks and indentation (the grammar the notes' test reads). */
  static final Pattern TOKEN =
      Pattern.compile(
          "\\[\\[([a-z_0-9]+)(?:@([a-z_.\\[\\]0-9*]+)=([^:\\]]+))?:\\s*([^\\]]+)\\]\\]");

  /** One arm's figure in a token: a number as the notes write it (1,100 / 8.7 / 0%), or none. */
  private static final Pattern FIGURE =
      Pattern.compile("([a-z_-]+) (-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d*\\.?\\d+)(%?)|none");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Messages m;

  public FacilitatorNotes(Messages messages) {
    this.m = messages;
  }

  public FacilitatorNotes(Language language) {
    this(Messages.of(language));
  }

  /** The notes with every figure token written for a person; other text as it is. */
  public String forPeople(String notes) {
    Matcher token = TOKEN.matcher(notes);
    StringBuilder out = new StringBuilder();
    while (token.find()) {
      String metric = m.text("notes.metric." + token.group(1));
      String figures = figures(SPACES.matcher(token.group(4).strip()).replaceAll(" "));
      String shown =
          token.group(2) == null
              ? m.format("notes.token", metric, figures)
              : m.format("notes.token.at", metric, token.group(2), token.group(3).strip(), figures);
      token.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    token.appendTail(out);
    return out.toString();
  }

  /** "steady 1,100, boum 8.7" with each number written for the language (1 100, 8,7). */
  private String figures(String figures) {
    Matcher f = FIGURE.matcher(figures);
    StringBuilder out = new StringBuilder();
    while (f.find()) {
      String shown;
      if (f.group(1) == null) {
        shown = m.text("notes.none");
      } else {
        BigDecimal value = new BigDecimal(f.group(2).replace(",", ""));
        String number = m.number(value.doubleValue(), Math.max(0, value.scale()));
        shown =
            f.group(1) + " " + (f.group(3).isEmpty() ? number : m.format("notes.percent", number));
      }
      f.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    f.appendTail(out);
    return out.toString();
  }
}
