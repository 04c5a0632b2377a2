package badaboum.model;

import java.util.Arrays;

/** A growable list of ints without boxing, for the people a mechanism picks on a day. */
public final class IntArrayList {
  private static final int FIRST_CAPACITY = 8;
  private static final int GROWTH = 2;

  private int[] values = new int[FIRST_CAPACITY];
  private int size;

  public void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * GROWTH);
    }
    values[size++] = value;
  }

  public int get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return values[index];
  }

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }
}
