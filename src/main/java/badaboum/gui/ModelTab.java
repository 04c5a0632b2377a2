package badaboum.gui;

import java.util.List;
import sim.util.Properties;

/**
 * The console's Model tab for MASON's inspector: the rows of {@link ModelRows}, each checked like a
 * scenario file when set; a refused value is reported to the listener and left unchanged.
 */
final class ModelTab extends Properties {
  private static final long serialVersionUID = 1L;

  /** Hears what the facilitator changed, or why a value was refused. */
  interface Listener {
    void changed(String parameter, String value);

    void refused(String parameter, String why);
  }

  private final transient Listener listener;
  private final transient List<ModelRow> rows;

  ModelTab(WorkshopParameters parameters, Listener listener) {
    this.listener = listener;
    this.rows = ModelRows.of(parameters);
  }

  @Override
  public boolean isVolatile() {
    return false;
  }

  @Override
  public int numProperties() {
    return rows.size();
  }

  @Override
  public Object getValue(int index) {
    return valid(index) ? rows.get(index).get().get() : null;
  }

  @Override
  public Object getDomain(int index) {
    return valid(index) ? rows.get(index).domain() : null;
  }

  @Override
  public String getDescription(int index) {
    return valid(index)
        ? "<html>" + rows.get(index).description() + "<br><i>Applies at the next Play.</i></html>"
        : null;
  }

  @Override
  public boolean isReadWrite(int index) {
    return valid(index) && rows.get(index).set() != null;
  }

  @Override
  public String getName(int index) {
    return valid(index) ? rows.get(index).name() : null;
  }

  @Override
  public Class<?> getType(int index) {
    return valid(index) ? rows.get(index).type() : null;
  }

  /** Sets a value; returns the value now in force, or null (MASON then beeps) if refused. */
  @Override
  protected Object _setValue(int index, Object value) {
    if (!isReadWrite(index)) {
      return null;
    }
    ModelRow row = rows.get(index);
    Object before = row.get().get();
    String refused;
    try {
      refused = row.set().apply(value);
    } catch (RuntimeException e) {
      refused = e.getMessage();
    }
    if (refused != null) {
      listener.refused(row.name(), refused);
      return null;
    }
    Object after = row.get().get();
    if (!after.equals(before)) {
      listener.changed(row.name(), display(index, after));
    }
    return after;
  }

  /** A value as the facilitator reads it: the label of a choice, numbers without noise. */
  String display(int index, Object value) {
    Object domain = getDomain(index);
    if (domain instanceof String[] labels && value instanceof Integer i) {
      return labels[i];
    }
    if (value instanceof Double d) {
      return ConsoleNumbers.number(d);
    }
    return String.valueOf(value);
  }

  /** The index of the row with this name, or -1 (for tests and the console). */
  int indexOf(String name) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private boolean valid(int index) {
    return index >= 0 && index < rows.size();
  }
}
