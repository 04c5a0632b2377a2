package badaboum.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * A set of person ids with O(1) add, remove, membership and uniform random pick: a dense array plus
 * each member's position in it. Removal swaps the last member into the hole, so the order depends
 * only on the sequence of operations, never on hashing.
 */
final class IndexedSet {
  private final int[] position;
  private static final int FIRST_CAPACITY = 16;
  private static final int GROWTH = 2;

  private int[] members = new int[FIRST_CAPACITY];
  private int size;

  IndexedSet(int capacity) {
    position = new int[capacity];
    Arrays.fill(position, -1);
  }

  int size() {
    return size;
  }

  boolean contains(int id) {
    return position[id] >= 0;
  }

  int get(int index) {
    return members[index];
  }

  int random(MersenneTwisterFast rng) {
    return members[rng.nextInt(size)];
  }

  void add(int id) {
    if (position[id] >= 0) {
      return;
    }
    if (size == members.length) {
      members = Arrays.copyOf(members, Math.min(position.length, size * GROWTH));
    }
    members[size] = id;
    position[id] = size++;
  }

  void remove(int id) {
    int at = position[id];
    if (at < 0) {
      return;
    }
    int moved = members[--size];
    members[at] = moved;
    position[moved] = at;
    position[id] = -1;
  }

  /** A copy of the current members, for loops that change the set while they run. */
  int[] snapshot() {
    return Arrays.copyOf(members, size);
  }
}
