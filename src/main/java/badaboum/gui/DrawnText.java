package badaboum.gui;

import java.awt.geom.Rectangle2D;

/**
 * A piece of text the network view drew, where it went (display pixels) and at what size: what the
 * console's geometry checks read, so that "every label fits" is measured rather than looked at.
 *
 * @param key whether it is one of an arm's key numbers
 */
record DrawnText(String text, Rectangle2D bounds, float size, boolean key) {}
