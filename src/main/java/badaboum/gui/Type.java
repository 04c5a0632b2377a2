package badaboum.gui;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures text as the network view draws it (antialiased, fractional widths), so that a layout
 * computed once matches what is drawn at any zoom.
 */
final class Type {
  static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private Type() {}

  static Font font(int style, double pixels) {
    return new Font(Font.SANS_SERIF, style, 1).deriveFont((float) pixels);
  }

  static double width(Font font, String text) {
    return font.getStringBounds(text, CONTEXT).getWidth();
  }

  static double ascent(Font font) {
    LineMetrics m = font.getLineMetrics("Hg", CONTEXT);
    return m.getAscent();
  }

  /** Ascent plus descent: the height of a line without leading. */
  static double height(Font font) {
    LineMetrics m = font.getLineMetrics("Hg", CONTEXT);
    return m.getAscent() + m.getDescent();
  }

  /** The text cut at a word (or a letter) with an ellipsis so that it fits {@code width}. */
  static String fit(Font font, String text, double width) {
    if (width(font, text) <= width) {
      return text;
    }
    for (int end = text.length() - 1; end > 0; end--) {
      String cut = text.substring(0, end).stripTrailing() + "\u2026";
      if (width(font, cut) <= width) {
        return cut;
      }
    }
    return "\u2026";
  }

  /** The text broken at spaces into lines no wider than {@code width} (a long word is cut). */
  static List<String> wrap(Font font, String text, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String trial = line.length() == 0 ? word : line + " " + word;
      if (width(font, trial) <= width || line.length() == 0) {
        line.setLength(0);
        line.append(trial);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    List<String> fitted = new ArrayList<>();
    for (String l : lines) {
      fitted.add(fit(font, l, width));
    }
    return fitted;
  }
}
