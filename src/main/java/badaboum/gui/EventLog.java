package badaboum.gui;

import badaboum.model.ProgrammeEvent;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.Icon;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.WindowConstants;

/**
 * The event log: contest starts, crises, management reviews, the cancellation, and the console's
 * own notes (runs started and ended, parameters changed or refused), one line each with a coloured
 * mark of its kind, newest at the bottom. Used from Swing's thread only.
 */
final class EventLog {
  /** One line of the log; {@code day} is -1 for the console's notes. */
  record Line(int day, String text, EventKind kind) {
    @Override
    public String toString() {
      return day < 0 ? text : String.format(Locale.ROOT, "day %d   %s", day, text);
    }
  }

  private final DefaultListModel<Line> lines = new DefaultListModel<>();
  private final JList<Line> list = new JList<>(lines);
  private final JScrollPane scroll = new JScrollPane(list);
  private boolean severalBrands;

  EventLog(WorkshopStyle style) {
    Font font = style.font(Font.PLAIN, 15);
    list.setFont(font);
    list.setCellRenderer(new Renderer(font.getSize()));
    list.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
  }

  JFrame createFrame() {
    JFrame frame = new JFrame("Event log");
    frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
    frame.getContentPane().add(scroll, BorderLayout.CENTER);
    return frame;
  }

  /** Shows each event's brand only when the market has several. */
  void setSeveralBrands(boolean several) {
    severalBrands = several;
  }

  void add(DaySnapshot day) {
    for (ProgrammeEvent e : day.events()) {
      String text = severalBrands ? e.brand() + ": " + e.text() : e.text();
      append(new Line(e.day(), text, EventKind.of(e.text())));
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

  private void append(Line line) {
    lines.addElement(line);
    list.ensureIndexIsVisible(lines.size() - 1);
  }

  /** A line with a round mark in its kind's colour. */
  private static final class Renderer extends DefaultListCellRenderer {
    private static final long serialVersionUID = 1L;
    private final int size;

    Renderer(int size) {
      this.size = size;
    }

    @Override
    public Component getListCellRendererComponent(
        JList<?> list, Object value, int index, boolean selected, boolean focus) {
      JLabel label =
          (JLabel) super.getListCellRendererComponent(list, value, index, selected, focus);
      if (value instanceof Line line) {
        Color colour = line.kind().colour();
        label.setIcon(new Mark(colour, size));
        label.setIconTextGap(size / 2);
        if (line.day() < 0) {
          label.setFont(label.getFont().deriveFont(Font.ITALIC));
        } else if (line.kind() == EventKind.CANCELLATION || line.kind() == EventKind.CRISIS) {
          label.setFont(label.getFont().deriveFont(Font.BOLD));
        }
      }
      return label;
    }
  }

  private record Mark(Color colour, int size) implements Icon {
    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
      int d = (int) (size * 0.7);
      g.setColor(colour);
      g.fillOval(x, y + (size - d) / 2, d, d);
    }

    @Override
    public int getIconWidth() {
      return size;
    }

    @Override
    public int getIconHeight() {
      return size;
    }
  }
}
