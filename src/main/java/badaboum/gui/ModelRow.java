package badaboum.gui;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One row of the console's Model tab.
 *
 * @param name what the row is called on screen
 * @param description what it means, shown as the row's tooltip
 * @param type int, double, boolean or String: how MASON edits it
 * @param domain an {@code Interval} for a slider, the labels of a choice, or null
 * @param get the value in force for the next run
 * @param set applies a value; returns null, or why it was refused; null for a read-only row
 */
record ModelRow(
    String name,
    String description,
    Class<?> type,
    Object domain,
    Supplier<Object> get,
    Function<Object, String> set) {}
