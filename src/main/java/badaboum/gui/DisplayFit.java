package badaboum.gui;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JFrame;
import javax.swing.ScrollPaneConstants;
import sim.display.Display2D;

/** Fits the network view's drawing to its window, now and whenever the window is resized. */
final class DisplayFit {
  private DisplayFit() {}

  /**
   * Sizes the drawing so that the window fits {@code bounds} without scroll bars, and later zooms
   * it to fit the window whenever the window is resized (maximised on the projector, say), keeping
   * the drawing's proportions. Returns the drawing's size at scale 1.
   */
  static Dimension fit(Display2D display, JFrame frame, Rectangle bounds) {
    Display2D.InnerDisplay2D inside = display.insideDisplay;
    // scroll bars only when zoomed in; the drawing first small, then exactly the viewport's size
    display.display.setHorizontalScrollBarPolicy(
        ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
    display.display.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
    inside.width = 100;
    inside.height = 100;
    frame.setBounds(bounds);
    frame.validate();
    Dimension viewport = display.display.getViewport().getExtentSize();
    inside.width = Math.max(200, viewport.width);
    inside.height = Math.max(150, viewport.height);
    inside.revalidate();
    double width = inside.width;
    double height = inside.height;
    display
        .display
        .getViewport()
        .addComponentListener(
            new ComponentAdapter() {
              @Override
              public void componentResized(ComponentEvent e) {
                Dimension view = e.getComponent().getSize();
                double fit = Math.min(view.width / width, view.height / height);
                if (fit > 0.1 && Math.abs(fit - display.getScale()) > 0.01) {
                  display.setScale(fit);
                }
              }
            });
    return new Dimension((int) width, (int) height);
  }
}
