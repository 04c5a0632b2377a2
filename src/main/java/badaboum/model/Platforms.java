package badaboum.model;

import badaboum.scenario.MarketPlatformSpec;
import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * Who is on which platform of a market, day by day. Each person is drawn once, at the start, from
 * the platforms' own stream: whether they will use each platform (its audience share, on their own,
 * so platforms overlap), the day they arrive (the opening day plus an exponential adoption delay)
 * and, on a fading platform, the day they leave. A person on several platforms shares their time
 * among them (when attention is shared): on each, an equal share.
 */
public final class Platforms {
  private static final int NEVER = Integer.MAX_VALUE;

  private final List<MarketPlatformSpec> specs;
  private final boolean attentionShared;
  private final int[][] arrives;
  private final int[][] leaves;
  private final byte[] onToday;
  private int today = -1;

  Platforms(
      List<MarketPlatformSpec> specs,
      boolean attentionShared,
      int people,
      MersenneTwisterFast random) {
    this.specs = List.copyOf(specs);
    this.attentionShared = attentionShared;
    arrives = new int[specs.size()][people];
    leaves = new int[specs.size()][people];
    onToday = new byte[people];
    for (int p = 0; p < specs.size(); p++) {
      MarketPlatformSpec spec = specs.get(p);
      for (int person = 0; person < people; person++) {
        boolean user = random.nextDouble() < spec.audienceShare();
        double delay = spec.adoptionDays() > 0 ? exponential(random, spec.adoptionDays()) : 0;
        double stay = spec.fadeHalfLife() > 0 ? exponential(random, spec.meanStay()) : 0;
        arrives[p][person] = user ? spec.opens() + (int) Math.ceil(delay) : NEVER;
        leaves[p][person] =
            user && spec.fadeHalfLife() > 0 ? spec.fadeFrom() + (int) Math.floor(stay) : NEVER;
      }
    }
    for (int p = 0; p < specs.size(); p++) {
      int to = indexOf(specs.get(p).fadesTo());
      if (to >= 0) {
        move(p, to);
      }
    }
  }

  /** Those who leave {@code from} arrive on {@code to} that day, or when it opens. */
  private void move(int from, int to) {
    int opens = specs.get(to).opens();
    for (int person = 0; person < onToday.length; person++) {
      if (leaves[from][person] != NEVER && arrives[from][person] < leaves[from][person]) {
        int day = Math.max(leaves[from][person], opens);
        if (day < arrives[to][person]) {
          arrives[to][person] = day;
          leaves[to][person] = Math.max(leaves[to][person], day + 1);
        }
      }
    }
  }

  private int indexOf(String name) {
    for (int p = 0; p < specs.size(); p++) {
      if (specs.get(p).name().equals(name)) {
        return p;
      }
    }
    return -1;
  }

  /** A draw from the exponential distribution of mean {@code mean}. */
  private static double exponential(MersenneTwisterFast random, double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }

  public int count() {
    return specs.size();
  }

  public MarketPlatformSpec spec(int platform) {
    return specs.get(platform);
  }

  /** Counts, for each person, the platforms they are on today. */
  void startDay(int day) {
    today = day;
    java.util.Arrays.fill(onToday, (byte) 0);
    for (int p = 0; p < specs.size(); p++) {
      for (int person = 0; person < onToday.length; person++) {
        if (on(p, person)) {
          onToday[person]++;
        }
      }
    }
  }

  /** Whether the person is on the platform today. */
  public boolean on(int platform, int person) {
    return arrives[platform][person] <= today && today < leaves[platform][person];
  }

  /** People on the platform today. */
  public int users(int platform) {
    int users = 0;
    for (int person = 0; person < onToday.length; person++) {
      if (on(platform, person)) {
        users++;
      }
    }
    return users;
  }

  /**
   * The share of their time the person spends on the platform today: an equal share of each
   * platform they are on when attention is shared, else all of it.
   */
  public double timeShare(int platform, int person) {
    if (!on(platform, person)) {
      return 0;
    }
    return attentionShared ? 1.0 / onToday[person] : 1;
  }
}
