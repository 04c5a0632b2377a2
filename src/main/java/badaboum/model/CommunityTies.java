package badaboum.model;

import java.util.Arrays;

/**
 * The ties members form with one another by answering each other on a brand's page: the community
 * graph, beside the friendship graph. A tie remembers the day it was last renewed; only people with
 * ties hold any memory (a slot in a pool), so a large audience of silent followers costs four bytes
 * a person.
 */
final class CommunityTies {
  private static final int FIRST_CAPACITY = 4;

  private final int[] slot;
  private static final int FIRST_PEOPLE = 16;
  private static final int GROWTH = 2;

  private int[][] partners = new int[FIRST_PEOPLE][];
  private int[][] renewed = new int[FIRST_PEOPLE][];
  private int[] counts = new int[FIRST_PEOPLE];
  private int slots;

  CommunityTies(int people) {
    slot = new int[people];
    Arrays.fill(slot, -1);
  }

  /** A tie between {@code a} and {@code b}, formed or renewed on {@code day}. */
  void tie(int a, int b, int day) {
    renew(a, b, day);
    renew(b, a, day);
  }

  /** The partners of {@code person} whose tie was renewed on or after {@code since}. */
  int count(int person, int since, Member live) {
    int s = slot[person];
    if (s < 0) {
      return 0;
    }
    int n = 0;
    for (int k = 0; k < counts[s]; k++) {
      if (renewed[s][k] >= since && live.test(partners[s][k])) {
        n++;
      }
    }
    return n;
  }

  /** The {@code index}-th partner of {@code person}, 0 to {@link #size} − 1. */
  int partner(int person, int index) {
    return partners[slot[person]][index];
  }

  /** Ties of {@code person} in all, renewed or not. */
  int size(int person) {
    int s = slot[person];
    return s < 0 ? 0 : counts[s];
  }

  /** Which partners count. */
  interface Member {
    boolean test(int person);
  }

  private void renew(int person, int partner, int day) {
    int s = slot[person];
    if (s < 0) {
      s = newSlot(person);
    }
    for (int k = 0; k < counts[s]; k++) {
      if (partners[s][k] == partner) {
        renewed[s][k] = day;
        return;
      }
    }
    if (counts[s] == partners[s].length) {
      partners[s] = Arrays.copyOf(partners[s], counts[s] * GROWTH);
      renewed[s] = Arrays.copyOf(renewed[s], counts[s] * GROWTH);
    }
    partners[s][counts[s]] = partner;
    renewed[s][counts[s]] = day;
    counts[s]++;
  }

  private int newSlot(int person) {
    if (slots == partners.length) {
      partners = Arrays.copyOf(partners, slots * GROWTH);
      renewed = Arrays.copyOf(renewed, slots * GROWTH);
      counts = Arrays.copyOf(counts, slots * GROWTH);
    }
    partners[slots] = new int[FIRST_CAPACITY];
    renewed[slots] = new int[FIRST_CAPACITY];
    slot[person] = slots;
    return slots++;
  }
}
