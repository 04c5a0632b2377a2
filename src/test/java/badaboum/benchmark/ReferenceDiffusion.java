package badaboum.benchmark;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * The yardsticks of {@link SaturatingDiffusionBenchmark}: the textbook diffusion written as plain
 * loops over arrays, with nothing of badaboum in them but the random generator and the graph's CSR
 * arrays. The model: each day an unaware person discovers the brand with probability {@code p};
 * each follower who joined before today makes ⌊c⌋ contacts, plus one with probability frac(c), each
 * with a uniformly random friend, who follows at once if they did not already. Everyone who hears
 * of the brand follows (affinity 1, conversion 1).
 *
 * <p>Both loops return the number of followers at the end, so that the work cannot be optimised
 * away.
 */
final class ReferenceDiffusion {
  /** The day of someone who never followed. */
  private static final int NEVER = Integer.MAX_VALUE;

  private final int[] offsets;
  private final int[] neighbors;
  private final int size;
  private final double discovery;
  private final int wholeContacts;
  private final double extraContact;

  ReferenceDiffusion(int[] offsets, int[] neighbors, double discovery, double contactsPerDay) {
    this.offsets = offsets;
    this.neighbors = neighbors;
    this.size = offsets.length - 1;
    this.discovery = discovery;
    this.wholeContacts = (int) contactsPerDay;
    this.extraContact = contactsPerDay - wholeContacts;
  }

  /** Every person, every day: a discovery draw for each unaware person, contacts for followers. */
  int everyPersonEveryDay(int days, MersenneTwisterFast random) {
    int[] joined = new int[size];
    Arrays.fill(joined, NEVER);
    int followers = 0;
    for (int day = 1; day <= days; day++) {
      for (int person = 0; person < size; person++) {
        int since = joined[person];
        if (since == NEVER) {
          if (random.nextDouble() < discovery) {
            joined[person] = day;
            followers++;
          }
        } else if (since < day) {
          int from = offsets[person];
          int degree = offsets[person + 1] - from;
          int contacts = wholeContacts + (random.nextDouble() < extraContact ? 1 : 0);
          for (int c = 0; c < contacts && degree > 0; c++) {
            int friend = neighbors[from + random.nextInt(degree)];
            if (joined[friend] == NEVER) {
              joined[friend] = day;
              followers++;
            }
          }
        }
      }
    }
    return followers;
  }

  /**
   * The frontier: discovery by geometric skips over the audience, and contacts only from followers
   * who still have a friend not following. Each person's count of friends not following falls as
   * their friends join; a follower whose count reaches zero is dropped from the loop the next day.
   */
  int frontier(int days, MersenneTwisterFast random) {
    Frontier state = new Frontier();
    double logNoDiscovery = Math.log1p(-discovery);
    for (int day = 1; day <= days; day++) {
      int talkers = state.compact();
      for (int i = 0; i < talkers; i++) {
        int person = state.talkers[i];
        int from = offsets[person];
        int degree = offsets[person + 1] - from;
        int contacts = wholeContacts + (random.nextDouble() < extraContact ? 1 : 0);
        for (int c = 0; c < contacts; c++) {
          state.hear(neighbors[from + random.nextInt(degree)], day);
        }
      }
      for (long person = skip(random, logNoDiscovery);
          person < size;
          person += 1 + skip(random, logNoDiscovery)) {
        state.hear((int) person, day);
      }
    }
    return state.followers;
  }

  private static long skip(MersenneTwisterFast random, double logNoDiscovery) {
    return (long) Math.floor(Math.log1p(-random.nextDouble()) / logNoDiscovery);
  }

  /** The frontier loop's state: who follows, and the followers with someone left to tell. */
  private final class Frontier {
    final int[] joined = new int[size];
    final int[] notFollowing = new int[size];
    final int[] talkers = new int[size];
    int talkerCount;
    int followers;

    Frontier() {
      Arrays.fill(joined, NEVER);
      for (int person = 0; person < size; person++) {
        notFollowing[person] = offsets[person + 1] - offsets[person];
      }
    }

    /** Drops the followers whose friends all follow; returns how many are left to talk today. */
    int compact() {
      int kept = 0;
      for (int i = 0; i < talkerCount; i++) {
        int person = talkers[i];
        if (notFollowing[person] > 0) {
          talkers[kept++] = person;
        }
      }
      talkerCount = kept;
      return kept;
    }

    /** The person hears of the brand and follows at once, unless they already do. */
    void hear(int person, int day) {
      if (joined[person] != NEVER) {
        return;
      }
      joined[person] = day;
      followers++;
      for (int k = offsets[person]; k < offsets[person + 1]; k++) {
        notFollowing[neighbors[k]]--;
      }
      if (notFollowing[person] > 0) {
        talkers[talkerCount++] = person; // appended after today's talkers: talks from tomorrow
      }
    }
  }
}
