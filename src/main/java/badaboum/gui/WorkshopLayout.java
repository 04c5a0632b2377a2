package badaboum.gui;

import java.awt.Rectangle;

/**
 * Where the console's windows go on the screen (a projector is often 1024 × 768, 1280 × 720 or 1920
 * × 1080): the network view large on the left with the event log under it; the charts on the right
 * with MASON's console (play, pause, stop, the parameters) under them. Arms side by side take a
 * wider network view. Proportions, not pixels, so every projector shows the same picture.
 */
record WorkshopLayout(Rectangle display, Rectangle log, Rectangle charts, Rectangle console) {

  /** Share of the width the network view takes: one arm, and arms side by side. */
  static final double ONE_ARM_WIDTH = 0.52;

  static final double ARMS_WIDTH = 0.62;

  /** Share of the height above the log and the console. */
  static final double DISPLAY_HEIGHT = 0.70;

  static final double CHARTS_HEIGHT = 0.70;

  static WorkshopLayout of(Rectangle screen) {
    return of(screen, false);
  }

  static WorkshopLayout of(Rectangle screen, boolean comparing) {
    int left = (int) Math.round(screen.width * (comparing ? ARMS_WIDTH : ONE_ARM_WIDTH));
    int right = screen.width - left;
    int displayHeight = (int) Math.round(screen.height * DISPLAY_HEIGHT);
    int chartsHeight = (int) Math.round(screen.height * CHARTS_HEIGHT);
    return new WorkshopLayout(
        new Rectangle(screen.x, screen.y, left, displayHeight),
        new Rectangle(screen.x, screen.y + displayHeight, left, screen.height - displayHeight),
        new Rectangle(screen.x + left, screen.y, right, chartsHeight),
        new Rectangle(
            screen.x + left, screen.y + chartsHeight, right, screen.height - chartsHeight));
  }
}
