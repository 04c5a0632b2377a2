package badaboum.model;

import badaboum.model.network.Graph;

/**
 * Each person's count of active members among their friends, kept as members become active or
 * dormant, for the departure hazard. Under complete mixing everyone else is a friend, so one total
 * serves; without departures nothing is counted.
 */
final class ActiveFriends {
  private final Graph friends;
  private final boolean counted;
  private final int[] perPerson;
  private int total;

  ActiveFriends(Graph friends, boolean counted) {
    this.friends = friends;
    this.counted = counted;
    this.perPerson = counted && !friends.isComplete() ? new int[friends.size()] : null;
  }

  /** Active members among the person's friends; {@code active}: whether the person is one. */
  int of(int person, boolean active) {
    if (perPerson != null) {
      return perPerson[person];
    }
    if (!counted) {
      throw new IllegalStateException("active friends are counted only when departures happen");
    }
    return total - (active ? 1 : 0);
  }

  /** The person became active ({@code +1}) or dormant ({@code -1}). */
  void changed(int person, int delta) {
    total += delta;
    if (perPerson == null) {
      return;
    }
    int[] offsets = friends.offsets();
    int[] neighbors = friends.neighbors();
    for (int k = offsets[person]; k < offsets[person + 1]; k++) {
      perPerson[neighbors[k]] += delta;
    }
  }
}
