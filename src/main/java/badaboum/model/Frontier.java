package badaboum.model;

import badaboum.model.network.Graph;
import java.util.Arrays;

/**
 * The frontier of word of mouth for one brand: per person, how many of their friends do not follow
 * the brand (the people word of mouth could still reach), and, among the followers and among the
 * active members (word of mouth's two kinds of speakers), those who have at least one such friend.
 * A speaker whose friends all follow can convince nobody, so word of mouth need not draw their
 * contacts: the day then costs what can still change.
 *
 * <p>Who speaks is the mechanism's business; this class only says who has someone left to tell.
 * Counts change when someone follows or stops following, and the rows when someone becomes active
 * or dormant ({@link BrandCommunity} calls {@link #followed}, {@link #unfollowed}, {@link #spoke}
 * and {@link #silenced}), at a cost of one step per friend. The rows are kept as bit sets, so that
 * they come out in person-id order: neighbouring ids are neighbours in the network, and visiting
 * them in that order keeps the network's arrays in cache.
 *
 * <p>Under complete mixing nothing per person is counted: every speaker's friends who do not follow
 * are all the people who do not follow.
 */
public final class Frontier {
  private final Graph friends;

  /** Friends who do not follow, per person; null under complete mixing. */
  private final int[] listeners;

  private final PersonBits following;
  private final PersonBits active;

  /** Followers with a friend who does not follow; under complete mixing, all followers. */
  private final PersonBits followersWithListeners;

  /** Active members with a friend who does not follow; under complete mixing, all of them. */
  private final PersonBits activeWithListeners;

  private int nonFollowers;

  Frontier(Graph friends) {
    this.friends = friends;
    int n = friends.size();
    nonFollowers = n;
    following = new PersonBits(n);
    active = new PersonBits(n);
    if (friends.isComplete()) {
      listeners = null;
      followersWithListeners = following;
      activeWithListeners = active;
    } else {
      followersWithListeners = new PersonBits(n);
      activeWithListeners = new PersonBits(n);
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
    return nonFollowers > (following.get(person) ? 0 : 1);
  }

  /**
   * The followers who have a friend who does not follow, as they are now, in person-id order: a
   * copy, so that people who follow or stop later do not show.
   */
  public PersonRow followersWithListeners() {
    return row(followersWithListeners);
  }

  /** The active members who have a friend who does not follow, as they are now, in id order. */
  public PersonRow activeWithListeners() {
    return row(activeWithListeners);
  }

  private PersonRow row(PersonBits speakers) {
    if (listeners == null && nonFollowers == 0) {
      return PersonRow.of(new int[0]);
    }
    return speakers.row();
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
    following.set(person);
    if (listeners == null) {
      return;
    }
    int[] offsets = friends.offsets();
    int[] neighbors = friends.neighbors();
    for (int k = offsets[person]; k < offsets[person + 1]; k++) {
      int friend = neighbors[k];
      if (--listeners[friend] == 0) {
        followersWithListeners.clear(friend);
        activeWithListeners.clear(friend);
      }
    }
    if (listeners[person] > 0) {
      followersWithListeners.set(person);
    }
  }

  /**
   * The person has just stopped following: they can be told again, so each speaker among their
   * friends who had nobody left to tell has one again.
   */
  void unfollowed(int person) {
    nonFollowers++;
    following.clear(person);
    if (listeners == null) {
      return;
    }
    followersWithListeners.clear(person);
    int[] offsets = friends.offsets();
    int[] neighbors = friends.neighbors();
    for (int k = offsets[person]; k < offsets[person + 1]; k++) {
      int friend = neighbors[k];
      if (listeners[friend]++ == 0) {
        if (following.get(friend)) {
          followersWithListeners.set(friend);
        }
        if (active.get(friend)) {
          activeWithListeners.set(friend);
        }
      }
    }
  }

  /** The follower has just become an active member. */
  void spoke(int person) {
    active.set(person);
    if (listeners != null && listeners[person] > 0) {
      activeWithListeners.set(person);
    }
  }

  /** The member has just become dormant (or left). */
  void silenced(int person) {
    active.clear(person);
    if (listeners != null) {
      activeWithListeners.clear(person);
    }
  }
}
