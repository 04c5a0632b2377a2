package badaboum.gui;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * Type sizes and arm colours for a projector. A room reads a projected screen by its proportions,
 * whatever its resolution, so every size here is for a 1080-line screen and scales with the
 * screen's height: 1024 × 768 shows the same picture as 1920 × 1080, smaller in pixels. {@code
 * fontScale} multiplies everything (1 for a laptop, 1.3 to 2 for a room).
 *
 * <p>The type scale is fixed so that the key numbers of the network view are the largest text on
 * screen: {@link #NUMBERS} is above every other size used. The style also carries the console's
 * words, in the room's language, since everything that draws text draws it in this style.
 */
record WorkshopStyle(double fontScale, int screenHeight, ConsoleText text) {
  /** The key numbers of each arm (fans, active members, sentiment, spend). */
  static final float NUMBERS = 24;

  /** The day and each arm's name. */
  static final float HEADING = 19;

  /** Chart titles. */
  static final float TITLE = 17;

  /** The event log, legends, axis labels. */
  static final float TEXT = 14;

  /** Tick labels and the small print under the numbers. */
  static final float SMALL = 12;

  /** The screen height the sizes are written for. */
  static final int REFERENCE_HEIGHT = 1080;

  /**
   * The arms' colours in the charts and on their names, from Okabe and Ito's palette (safe for the
   * common colour-blindnesses): blue, vermillion, reddish purple.
   */
  static final List<Color> ARMS =
      List.of(
          new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0xAA, 0x44, 0x99));

  /** The style in English. */
  WorkshopStyle(double fontScale, int screenHeight) {
    this(fontScale, screenHeight, ConsoleText.english());
  }

  WorkshopStyle {
    if (!(fontScale >= 0.5 && fontScale <= 4)) {
      throw new IllegalArgumentException("font scale: expected 0.5 to 4, got " + fontScale);
    }
    if (screenHeight < 1) {
      throw new IllegalArgumentException("screen height: expected 1 or more, got " + screenHeight);
    }
  }

  /** How much larger than at a 1080-line screen and a scale of 1. */
  double factor() {
    return fontScale * screenHeight / REFERENCE_HEIGHT;
  }

  /** The size in pixels of type written {@code size} for the reference screen. */
  float pixels(float size) {
    return Math.max(8, Math.round(size * factor()));
  }

  Font font(int style, float size) {
    return new Font(Font.SANS_SERIF, style, Math.round(pixels(size)));
  }

  static Color arm(int index) {
    return ARMS.get(index % ARMS.size());
  }
}
