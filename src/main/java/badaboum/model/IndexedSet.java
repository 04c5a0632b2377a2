package badaboum.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * A set of person ids with O(1) add, remove, membership and uniform random pick: a dense array plus
 * each member's position in it. Removal swaps the last member into the hole, so the order depends
 * only on the sequence of operations, never on hashing.
 *
 * <p>The positions, 4 bytes per person, are allocated at the first add: a set that stays empty (no
 * contest, no crisis) costs nothing per person, which counts at tens of millions of people.
 */
final class IndexedSet {
  private static final int FIRST_CAPACITY = 16;
  private static final int GROWTH = 2;

  private final int capacity;

  /** Each member's position in {@code members} plus one, 0 for others; null until the first add. */
  private int[] place;

  private int[] members = new int[FIRST_CAPACITY];
  private int size;

  IndexedSet(int capacity) {
    this.capacity = capacity;
  }

  int size() {
    return size;
  }

  boolean contains(int id) {
    return place != null && place[id] > 0;
  }

  int get(int index) {
    return members[index];
  }

  int random(MersenneTwisterFast rng) {
    return members[rng.nextInt(size)];
  }

  void add(int id) {
    if (place == null) {
      place = new int[capacity];
    }
    if (place[id] > 0) {
      return;
    }
    if (size == members.length) {
      members = Arrays.copyOf(members, Math.min(capacity, size * GROWTH));
    }
    members[size] = id;
    place[id] = ++size;
  }

  void remove(int id) {
    if (!contains(id)) {
      return;
    }
    int at = place[id] - 1;
    int moved = members[--size];
    members[at] = moved;
    place[moved] = at + 1;
    place[id] = 0;
  }

  /** A copy of the current members, for loops that change the set while they run. */
  int[] snapshot() {
    return Arrays.copyOf(members, size);
  }
}
