package badaboum.gui;

import java.awt.Font;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * Writes the facilitator's changes in the Model tab and their refusals to the event log; a refusal
 * also pops up over the network view. Both windows are looked up when a change comes, as they open
 * after the tab.
 */
final class ChangeNotes implements ModelTab.Listener {
  private final WorkshopStyle style;
  private final ConsoleText words;
  private final Supplier<EventLog> log;
  private final Supplier<JFrame> frame;

  /**
   * @param log the event log, null until it opens
   * @param frame the network view's window, null until it opens
   */
  ChangeNotes(WorkshopStyle style, Supplier<EventLog> log, Supplier<JFrame> frame) {
    this.style = style;
    this.words = style.text();
    this.log = log;
    this.frame = frame;
  }

  @Override
  public void changed(String parameter, String value) {
    EventLog notes = log.get();
    if (notes != null) {
      notes.note(words.changed(parameter, value));
    }
  }

  @Override
  public void refused(String parameter, String why) {
    EventLog notes = log.get();
    if (notes == null) {
      return;
    }
    notes.warn(words.refusedNote(parameter, why));
    JFrame over = frame.get();
    if (over != null && over.isShowing()) {
      // after the inspector has released the schedule's lock
      SwingUtilities.invokeLater(
          () -> {
            JOptionPane pane =
                new JOptionPane(words.refusedDialog(parameter, why), JOptionPane.WARNING_MESSAGE);
            pane.setFont(style.font(Font.PLAIN, WorkshopStyle.TEXT));
            pane.createDialog(frame.get(), words.refusedTitle()).setVisible(true);
          });
    }
  }
}
