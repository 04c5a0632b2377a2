package badaboum.model;

import badaboum.model.network.Graph;
import java.util.Arrays;

/**
 * The frontier of word of mouth for one brand: per person, how many of their friends do not follow
 * the brand (the people word of mouth could still reach), and the followers who have at least one
 * such friend. A follower whose friends all follow can convince nobody, so word of mouth need not
 * draw their contacts: the day then costs what can still change.
 *
 * <p>Who speaks is the mechanism's business; this class only says who has someone left to tell.
 * Counts change when someone follows or stops following ({@link BrandCommunity} calls {@link
 * #followed} and {@link #unfollowed}), at a cost of one step per friend. The followers with
 * listeners are kept as a bit set, so that they come out in person-id order: neighbouring ids are
 * neighbours in the network, and visiting them in that order keeps the network's arrays in cache.
 *
 * <p>Under complete mixing nothing per person is stored: every follower's friends who do not follow
 * are all the people who do not follow.
 */
public final class Frontier {
  private final Graph friends;

  /** Friends who do not follow, per person; null under complete mixing. */
  private final int[] listeners;

  /** Who follows, one bit per person. */
  private final long[] following;

  /** Followers with at least one friend who does not follow; under complete mixing, following. */
  private final long[] speakers;

  private int nonFollowers;

  Frontier(Graph friends) {
    this.friends = friends;
    int n = friends.size();
    nonFollowers = n;
    following = new long[(n + 63) >>> 6];
    if (friends.isComplete()) {
      listeners = null;
      speakers = following;
    } else {
      speakers = new long[following.length];
      int[] offsets = friends.offsets();
      listeners = new int[n];
      for (int person = 0; person < n; person++) {
        listeners[person] = offsets[person + 1] - offsets[person];
      }
    }
  }

  /** Whether the person has a friend who does not follow the brand. */
  public boolean hasListeners(int person) {
    if (listeners != null) {
      return listeners[person] > 0;
    }
    return nonFollowers > (isSet(following, person) ? 0 : 1);
  }

  /**
   * The followers who have a friend who does not follow, as they are now, in person-id order: a
   * copy of the bits, so that people who follow or stop later do not show.
   */
  public PersonRow followersWithListeners() {
    if (listeners == null && nonFollowers == 0) {
      return PersonRow.of(new int[0]);
    }
    return PersonRow.ofBits(speakers);
  }

  /** Those of {@code people} who have a friend who does not follow, in the order given. */
  public int[] withListeners(int[] people) {
    int[] kept = new int[people.length];
    int count = 0;
    for (int person : people) {
      if (hasListeners(person)) {
        kept[count++] = person;
      }
    }
    return count == kept.length ? kept : Arrays.copyOf(kept, count);
  }

  /** The person has just started following: their friends have one listener fewer. */
  void followed(int person) {
    nonFollowers--;
    set(following, person);
    if (listeners == null) {
      return;
    }
    int[] offsets = friends.offsets();
    int[] neighbors = friends.neighbors();
    for (int k = offsets[person]; k < offsets[person + 1]; k++) {
      int friend = neighbors[k];
      if (--listeners[friend] == 0) {
        clear(speakers, friend);
      }
    }
    if (listeners[person] > 0) {
      set(speakers, person);
    }
  }

  /**
   * The person has just stopped following: they can be told again, so each follower among their
   * friends who had nobody left to tell has one again.
   */
  void unfollowed(int person) {
    nonFollowers++;
    clear(following, person);
    if (listeners == null) {
      return;
    }
    clear(speakers, person);
    int[] offsets = friends.offsets();
    int[] neighbors = friends.neighbors();
    for (int k = offsets[person]; k < offsets[person + 1]; k++) {
      int friend = neighbors[k];
      if (listeners[friend]++ == 0 && isSet(following, friend)) {
        set(speakers, friend);
      }
    }
  }

  private static boolean isSet(long[] bits, int person) {
    return (bits[person >>> 6] & (1L << person)) != 0;
  }

  private static void set(long[] bits, int person) {
    bits[person >>> 6] |= 1L << person;
  }

  private static void clear(long[] bits, int person) {
    bits[person >>> 6] &= ~(1L << person);
  }
}
