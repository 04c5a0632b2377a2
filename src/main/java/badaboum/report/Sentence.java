package badaboum.report;

import badaboum.language.Messages;

/**
 * One sentence of the verdict, written at once as HTML (numbers marked with their source) and as
 * plain text (for the terminal). Its words come from the language's messages ({@link #say}), whose
 * placeholders take figures, arm names and other fragments wherever the language puts them.
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

  /** A fragment holding only an arm's name, for a placeholder of {@link #say}. */
  static Sentence armNamed(String name, int index) {
    return new Sentence().arm(name, index);
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

  /** Another sentence's words, marks included. */
  Sentence append(Sentence fragment) {
    html.append(fragment.html);
    plain.append(fragment.plain);
    return this;
  }

  /**
   * The message {@code key}, each placeholder {@code {n}} filled with {@code parts[n]}: a {@link
   * Figure}, a {@link Sentence} fragment (an arm's name, a point's values), or text.
   */
  Sentence say(Messages messages, String key, Object... parts) {
    messages.fill(
        key,
        new Messages.Filler() {
          @Override
          public void text(String text) {
            Sentence.this.text(text);
          }

          @Override
          public void placeholder(int index) {
            Object part = parts[index];
            if (part instanceof Figure figure) {
              figure(figure);
            } else if (part instanceof Sentence fragment) {
              append(fragment);
            } else {
              Sentence.this.text(String.valueOf(part));
            }
          }
        });
    return this;
  }

  /** The same words with a lower-case first letter, when they start with a word (after a label). */
  Sentence decapitalized() {
    Sentence s = new Sentence();
    if (!plain.isEmpty()
        && !html.isEmpty()
        && html.charAt(0) == plain.charAt(0)
        && Character.isUpperCase(plain.charAt(0))) {
      char lower = Character.toLowerCase(plain.charAt(0));
      s.html.append(lower).append(html, 1, html.length());
      s.plain.append(lower).append(plain, 1, plain.length());
      return s;
    }
    return s.append(this);
  }

  String html() {
    return html.toString();
  }

  String plain() {
    return plain.toString();
  }
}
