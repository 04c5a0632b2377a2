package badaboum.model.network;

import java.util.Arrays;

/**
 * Membership of undirected edges, for generators that must avoid duplicates while they rewire.
 *
 * <p>Open addressing with linear probing over primitive longs (no boxing), deleting by backward
 * shift so no tombstones pile up. It answers only "is this edge there?": nothing ever iterates it,
 * so hashing never decides the order of anything.
 */
final class EdgeSet {

  private static final long EMPTY = -1L;

  private long[] slots;
  private int mask;
  private int count;

  EdgeSet(int expectedEdges) {
    // A power of two at least twice the expected count keeps the load under one half.
    int capacity =
        Integer.highestOneBit(Math.max(4, Math.min(expectedEdges, 1 << 29)) * 2 - 1) << 1;
    slots = new long[capacity];
    Arrays.fill(slots, EMPTY);
    mask = capacity - 1;
  }

  boolean contains(int a, int b) {
    long key = key(a, b);
    for (int i = home(key); ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == key) {
        return true;
      }
      if (slot == EMPTY) {
        return false;
      }
    }
  }

  /** Adds the edge; returns false if it was already there. */
  boolean add(int a, int b) {
    long key = key(a, b);
    int i = home(key);
    while (slots[i] != EMPTY) {
      if (slots[i] == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = key;
    if (++count * 2 > slots.length) {
      rehash();
    }
    return true;
  }

  /** Removes the edge; returns false if it was not there. */
  boolean remove(int a, int b) {
    long key = key(a, b);
    int i = home(key);
    while (slots[i] != key) {
      if (slots[i] == EMPTY) {
        return false;
      }
      i = (i + 1) & mask;
    }
    // Backward shift: pull later entries of the probe run into the hole if their home allows it.
    int hole = i;
    for (int j = (hole + 1) & mask; slots[j] != EMPTY; j = (j + 1) & mask) {
      int home = home(slots[j]);
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        slots[hole] = slots[j];
        hole = j;
      }
    }
    slots[hole] = EMPTY;
    count--;
    return true;
  }

  private void rehash() {
    long[] old = slots;
    slots = new long[old.length * 2];
    Arrays.fill(slots, EMPTY);
    mask = slots.length - 1;
    for (long key : old) {
      if (key != EMPTY) {
        int i = home(key);
        while (slots[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        slots[i] = key;
      }
    }
  }

  private static long key(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  private int home(long key) {
    long h = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads sequential ids
    return (int) (h >>> 32) & mask;
  }
}
