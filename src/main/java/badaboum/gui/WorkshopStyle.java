package badaboum.gui;

import java.awt.Font;

/**
 * Type sizes for a projector: every font of the console's own windows is its size here times {@code
 * fontScale} (1 for a laptop screen, 1.3 to 2 for a room).
 */
record WorkshopStyle(double fontScale) {
  WorkshopStyle {
    if (!(fontScale >= 0.5 && fontScale <= 4)) {
      throw new IllegalArgumentException("font scale: expected 0.5 to 4, got " + fontScale);
    }
  }

  Font font(int style, float size) {
    return new Font(Font.SANS_SERIF, style, Math.round((float) (size * fontScale)));
  }
}
