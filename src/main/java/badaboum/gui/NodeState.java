package badaboum.gui;

import badaboum.model.BrandCommunity;
import badaboum.model.PersonState;
import java.awt.Color;

/**
 * What a dot in the network view stands for, with its colour. The palette is Okabe and Ito's
 * (2008), safe for the common colour-blindnesses and strong enough for a projector on white; shapes
 * back the colours up: people who left are hollow rings, ambassadors are larger, bots are squares.
 */
enum NodeState {
  UNAWARE("unaware", new Color(0xC4, 0xC4, 0xC4)),
  AWARE("aware", new Color(0x56, 0xB4, 0xE9)),
  ACTIVE("active follower", new Color(0x00, 0x9E, 0x73)),
  DORMANT("dormant follower", new Color(0xE6, 0x9F, 0x00)),
  AMBASSADOR("ambassador", new Color(0x00, 0x72, 0xB2)),
  LEFT("left", new Color(0xD5, 0x5E, 0x00)),
  BOT("bot (bought fan or spam)", new Color(0x4D, 0x4D, 0x4D));

  /** The ring drawn around someone outraged by a crisis. */
  static final Color OUTRAGED = new Color(0xCC, 0x79, 0xA7);

  /** Outlines, text and the lines of the network. */
  static final Color INK = new Color(0x22, 0x22, 0x22);

  private final String label;
  private final Color colour;

  NodeState(String label, Color colour) {
    this.label = label;
    this.colour = colour;
  }

  String label() {
    return label;
  }

  Color colour() {
    return colour;
  }

  /** Diameter of the dot, in field units (the field is 100 units high). */
  double diameter() {
    return switch (this) {
      case UNAWARE -> 1.1; // small: the audience is the background of the community
      case AWARE -> 1.7;
      case ACTIVE, DORMANT, LEFT -> 2.5;
      case AMBASSADOR -> 3.6;
      case BOT -> 1.6;
    };
  }

  /** The state of a person towards the brand, as the view shows it. */
  static NodeState of(BrandCommunity brand, int person) {
    return switch (brand.state(person)) {
      case PersonState.UNAWARE -> UNAWARE;
      case PersonState.AWARE -> AWARE;
      case PersonState.LEFT -> LEFT;
      default ->
          brand.isAmbassador(person) ? AMBASSADOR : brand.isActive(person) ? ACTIVE : DORMANT;
    };
  }
}
