package badaboum.gui;

import java.awt.geom.Rectangle2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;

/** One arm's part of the network view: its cell, its layers and what it shows of its market. */
final class ArmPane {
  final String arm;
  final Rectangle2D.Double cell;
  final ArmHeader header;
  final ContinuousPortrayal2D people = new ContinuousPortrayal2D();
  final NetworkPortrayal2D links = new NetworkPortrayal2D();
  volatile AudienceView view;
  volatile ArmHeader.Status status;
  int[] eventsSeen = new int[0];

  /** The brand's recorders on a market of several platforms, else null. */
  PlatformTally tally;

  ArmPane(String arm, Rectangle2D.Double cell, ArmHeader header) {
    this.arm = arm;
    this.cell = cell;
    this.header = header;
  }

  AudienceView view() {
    return view;
  }

  ArmHeader.Status status() {
    return status;
  }

  ArmHeader header() {
    return header;
  }

  Rectangle2D.Double cell() {
    return cell;
  }
}
