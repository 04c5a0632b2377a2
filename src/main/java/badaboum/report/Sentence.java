package badaboum.report;

/**
 * One sentence of the verdict, written at once as HTML (numbers marked with their source) and as
 * plain text (for the terminal).
 */
final class Sentence {
  private final StringBuilder html = new StringBuilder();
  private final StringBuilder plain = new StringBuilder();

  Sentence text(String text) {
    html.append(Html.escape(text));
    plain.append(text);
    return this;
  }

  /** An arm's name, set apart (names may hold digits that are not figures). */
  Sentence arm(String name, int index) {
    html.append("<b class=\"arm a")
        .append(index)
        .append("\">")
        .append(Html.escape(name))
        .append("</b>");
    plain.append(name);
    return this;
  }

  /** A scenario key, such as a varied path: a name, not a figure. */
  Sentence key(String path) {
    html.append("<code class=\"key\">").append(Html.escape(path)).append("</code>");
    plain.append(path);
    return this;
  }

  /** The scenario's own words (its mechanism), set apart from the verdict's. */
  Sentence quoted(String words) {
    html.append("<span class=\"said\">").append(Html.escape(words)).append("</span>");
    plain.append(words);
    return this;
  }

  Sentence figure(Figure figure) {
    html.append(figure.html());
    plain.append(figure.text());
    return this;
  }

  String html() {
    return html.toString();
  }

  String plain() {
    return plain.toString();
  }
}
