package badaboum.gui;

import java.awt.Rectangle;

/**
 * Where the console's windows go on the screen (a projector is often 1280 × 720 or 1920 × 1080):
 * the network view large on the left with the event log under it; the charts on the right with
 * MASON's console (play, pause, stop, the parameters) under them.
 */
record WorkshopLayout(Rectangle display, Rectangle log, Rectangle charts, Rectangle console) {

  static WorkshopLayout of(Rectangle screen) {
    int left = (int) Math.round(screen.width * 0.54);
    int right = screen.width - left;
    int displayHeight = (int) Math.round(screen.height * 0.74);
    int chartsHeight = (int) Math.round(screen.height * 0.56);
    return new WorkshopLayout(
        new Rectangle(screen.x, screen.y, left, displayHeight),
        new Rectangle(screen.x, screen.y + displayHeight, left, screen.height - displayHeight),
        new Rectangle(screen.x + left, screen.y, right, chartsHeight),
        new Rectangle(
            screen.x + left, screen.y + chartsHeight, right, screen.height - chartsHeight));
  }
}
