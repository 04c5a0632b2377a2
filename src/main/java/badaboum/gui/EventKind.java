package badaboum.gui;

import java.awt.Color;
import java.util.Locale;

/**
 * The kinds of programme events the log colours and the charts mark. Read from the event's text,
 * for display only: an event the rules here do not know is shown as {@link #OTHER}.
 */
enum EventKind {
  CANCELLATION("cancelled", new Color(0xD5, 0x5E, 0x00)),
  CRISIS("crisis", new Color(0xCC, 0x79, 0xA7)),
  REVIEW("review", new Color(0x55, 0x55, 0x55)),
  CONTEST("contest", new Color(0xE6, 0x9F, 0x00)),
  CAMPAIGN("campaign", new Color(0x00, 0x72, 0xB2)),
  RUN("run", new Color(0x00, 0x9E, 0x73)),
  OTHER("", new Color(0x22, 0x22, 0x22));

  private final String marker;
  private final Color colour;

  EventKind(String marker, Color colour) {
    this.marker = marker;
    this.colour = colour;
  }

  /** The word written on a chart marker for this kind. */
  String marker() {
    return marker;
  }

  Color colour() {
    return colour;
  }

  static EventKind of(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.contains("cancel")) {
      return CANCELLATION;
    }
    if (t.contains("crisis")) {
      return CRISIS;
    }
    if (t.startsWith("review")) {
      return REVIEW;
    }
    if (t.startsWith("contest")) {
      return CONTEST;
    }
    if (t.startsWith("launch") || t.startsWith("bought") || t.startsWith("message")) {
      return CAMPAIGN;
    }
    return OTHER;
  }
}
