package badaboum.gui;

import badaboum.model.ProgrammeEvent;
import java.awt.BorderLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTextPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.WindowConstants;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

/**
 * The event log: contest starts, crises, management reviews, cancellations, and the console's own
 * notes (runs started and ended, parameters changed or refused), one paragraph each with a coloured
 * mark of its kind, newest at the bottom; with several arms, each event names its arm. Long lines
 * wrap at the window's width rather than run off it. Used from Swing's thread only.
 */
final class EventLog {
  /** One line of the log; {@code day} is -1 for the console's notes. */
  record Line(int day, String text, EventKind kind) {}

  private final List<Line> lines = new ArrayList<>();
  private final JTextPane pane = new JTextPane();
  private final JScrollPane scroll =
      new JScrollPane(
          pane,
          ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
          ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
  private final Font font;
  private final ConsoleText say;
  private boolean severalBrands;

  EventLog(WorkshopStyle style) {
    font = style.font(Font.PLAIN, WorkshopStyle.TEXT);
    say = style.text();
    pane.setEditable(false);
    pane.setFont(font);
    pane.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
  }

  JFrame createFrame() {
    JFrame frame = new JFrame(say.logWindow());
    frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
    frame.getContentPane().add(scroll, BorderLayout.CENTER);
    return frame;
  }

  /** Shows each event's brand only when the market has several. */
  void setSeveralBrands(boolean several) {
    severalBrands = several;
  }

  /** The day's events; {@code arm} names them when several arms run side by side, else null. */
  void add(DaySnapshot day, String arm) {
    for (ProgrammeEvent e : day.events()) {
      String said = say.event(e.text());
      String text = severalBrands ? say.fromArm(e.brand(), said) : said;
      append(
          new Line(e.day(), arm == null ? text : say.fromArm(arm, text), EventKind.of(e.text())));
    }
  }

  void note(String text) {
    append(new Line(-1, text, EventKind.RUN));
  }

  void warn(String text) {
    append(new Line(-1, text, EventKind.CANCELLATION));
  }

  int size() {
    return lines.size();
  }

  Line line(int i) {
    return lines.get(i);
  }

  /** The text component, for the console's geometry checks. */
  JTextPane pane() {
    return pane;
  }

  JScrollPane scroll() {
    return scroll;
  }

  Font font() {
    return font;
  }

  private void append(Line line) {
    lines.add(line);
    StyledDocument doc = pane.getStyledDocument();
    SimpleAttributeSet mark = new SimpleAttributeSet();
    StyleConstants.setForeground(mark, line.kind().colour());
    StyleConstants.setFontFamily(mark, font.getFamily());
    StyleConstants.setFontSize(mark, font.getSize());
    SimpleAttributeSet words = new SimpleAttributeSet();
    StyleConstants.setFontFamily(words, font.getFamily());
    StyleConstants.setFontSize(words, font.getSize());
    StyleConstants.setForeground(words, NodeState.INK);
    StyleConstants.setItalic(words, line.day() < 0);
    StyleConstants.setBold(
        words, line.kind() == EventKind.CANCELLATION || line.kind() == EventKind.CRISIS);
    try {
      if (doc.getLength() > 0) {
        doc.insertString(doc.getLength(), "\n", words);
      }
      doc.insertString(doc.getLength(), "\u25CF ", mark);
      doc.insertString(
          doc.getLength(),
          line.day() < 0 ? line.text() : say.event(line.day(), line.text()),
          words);
    } catch (BadLocationException e) {
      throw new IllegalStateException("the end of the log is always a place to write", e);
    }
    pane.setCaretPosition(doc.getLength());
  }
}
