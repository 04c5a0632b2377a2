package badaboum.model;

import badaboum.model.network.Graph;
import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * Draws the contacts of a row of senders: each sender makes an independent Poisson({@code mean})
 * number of contacts, each with a uniformly random friend. Senders who draw no contact are jumped
 * over ({@link RandomDraws.PoissonCounts}), so the cost grows with the contacts made.
 *
 * <p>Senders are taken a batch at a time, in passes: first the draws of who talks and how much,
 * then where each one's friends lie, then which friends they reach, then the contacts themselves.
 * The friend lists of a large audience are far apart in memory; within a pass the reads do not wait
 * on each other, so the processor fetches many at once instead of one after the other. The draws
 * are the same ones, in another order, so the contacts have the same distribution.
 */
public final class ContactDraws {
  /**
   * What a batch of contacts does: {@code senders[c]} talks to {@code friends[c]} for each c below
   * {@code count}. The arrays are lent for the call: it may reorder or overwrite them.
   */
  @FunctionalInterface
  public interface Contacts {
    void made(int[] senders, int[] friends, int count);
  }

  /** Senders per batch: enough reads in flight to hide memory's latency, few enough for cache. */
  private static final int BATCH = 64;

  private final RandomDraws.PoissonCounts counts;
  private final int[] batchSenders = new int[BATCH];
  private final int[] batchCounts = new int[BATCH];
  private final int[] listStart = new int[BATCH];
  private final int[] listLength = new int[BATCH];
  private int[] contactSenders = new int[BATCH];
  private int[] contactFriends = new int[BATCH];

  public ContactDraws(double mean) {
    this.counts = new RandomDraws.PoissonCounts(mean);
  }

  /** Draws the contacts of {@code senders} and hands them to {@code contacts}, batch by batch. */
  public void draw(
      PersonRow senders, Graph friends, MersenneTwisterFast random, Contacts contacts) {
    int next = senders.jump(counts.skip(random));
    while (next != PersonRow.END) {
      int batch = 0;
      int total = 0;
      while (batch < BATCH && next != PersonRow.END) {
        batchSenders[batch] = next;
        batchCounts[batch] = counts.positiveCount(random);
        total += batchCounts[batch++];
        next = senders.jump(counts.skip(random));
      }
      locateFriendLists(friends, batch);
      int made = pickFriends(friends, batch, total, random);
      contacts.made(contactSenders, contactFriends, made);
    }
  }

  private void locateFriendLists(Graph friends, int batch) {
    if (friends.isComplete()) {
      Arrays.fill(listLength, 0, batch, friends.size() - 1);
      return;
    }
    int[] offsets = friends.offsets();
    for (int b = 0; b < batch; b++) {
      int sender = batchSenders[b];
      listStart[b] = offsets[sender];
      listLength[b] = offsets[sender + 1] - listStart[b];
    }
  }

  /** One uniformly random friend per contact; a sender without friends makes none. */
  private int pickFriends(Graph friends, int batch, int total, MersenneTwisterFast random) {
    if (contactSenders.length < total) {
      contactSenders = new int[total];
      contactFriends = new int[total];
    }
    int[] neighbors = friends.isComplete() ? null : friends.neighbors();
    int made = 0;
    for (int b = 0; b < batch; b++) {
      int sender = batchSenders[b];
      int length = listLength[b];
      for (int c = batchCounts[b]; c > 0 && length > 0; c--) {
        int k = random.nextInt(length);
        contactSenders[made] = sender;
        // under complete mixing everyone but the sender, in id order
        contactFriends[made++] =
            neighbors == null ? (k < sender ? k : k + 1) : neighbors[listStart[b] + k];
      }
    }
    return made;
  }
}
