package badaboum.gui;

import badaboum.model.BrandCommunity;
import badaboum.model.network.Graph;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Who the network view draws as the run goes on, and where: a fixed number of dots that start as a
 * neighbourhood of the audience ({@link AudienceSample}) and fill with the brand's community as it
 * grows. After each day, members not yet drawn (ambassadors, then active members, then dormant
 * followers, those with most drawn friends and tie partners first) take the places of people who
 * matter less (unaware first, then aware, then people who left); a member never gives way to
 * someone of lower rank, and at most a tenth of the dots change in a day, so the room sees the
 * community grow rather than jump. A newcomer sits next to the friends and tie partners already
 * drawn. A few steps of a force layout a day keep friends and tie partners together, and an even
 * spread of the disc gives the middle to members and the rim to the unaware.
 *
 * <p>It reads the brand, never changes it, and draws its own randomness from its own generator: the
 * run's streams are never touched.
 */
final class CommunityFocus {
  /** Layout steps after each day: enough to settle newcomers, few enough to look calm. */
  private static final int STEPS_PER_DAY = 6;

  /** Largest move of a dot in a layout step, in disc radii. */
  private static final double STEP = 0.02;

  /** Strength of a member-to-member tie against a friendship in the layout. */
  private static final double TIE_PULL = 3;

  /**
   * The least distance from the centre, as a share of the disc's radius, of each rank that is not a
   * member: the unaware on the rim, the aware and those who left inside it. Members have none: they
   * are held towards the centre.
   */
  private static final double[] RIM = {0.8, 0.6, 0.6};

  /**
   * Share of the way a dot moves each day towards its place in the even spread: the disc stays
   * evenly filled without dots jumping across it.
   */
  private static final double SPREAD = 0.3;

  /** The lowest rank of a member (a dormant follower). */
  private static final int MEMBER = 3;

  private final Graph graph;
  private final int[] person;
  private final double[] x;
  private final double[] y;
  private final int[] slotOf;
  private final SplittableRandom random;
  private int[] edgeFrom = new int[0];
  private int[] edgeTo = new int[0];
  private boolean[] edgeTie = new boolean[0];
  private int version;

  CommunityFocus(AudienceSample start, Graph graph, long seed) {
    this.graph = graph;
    int m = start.size();
    person = new int[m];
    x = new double[m];
    y = new double[m];
    slotOf = new int[graph.size()];
    Arrays.fill(slotOf, -1);
    for (int i = 0; i < m; i++) {
      person[i] = start.person(i);
      x[i] = start.x(i);
      y[i] = start.y(i);
      slotOf[person[i]] = i;
    }
    random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    edges(null);
  }

  int size() {
    return person.length;
  }

  /** The person drawn at {@code slot}. */
  int person(int slot) {
    return person[slot];
  }

  /** The slot of {@code person}, or -1 when not drawn. */
  int slotOf(int who) {
    return slotOf[who];
  }

  /** Where the dot of {@code slot} sits, in the unit disc. */
  double x(int slot) {
    return x[slot];
  }

  double y(int slot) {
    return y[slot];
  }

  int edgeCount() {
    return edgeFrom.length;
  }

  int edgeFrom(int e) {
    return edgeFrom[e];
  }

  int edgeTo(int e) {
    return edgeTo[e];
  }

  /**
   * Whether edge {@code e} is a tie between members (they answered each other), not only friends.
   */
  boolean tie(int e) {
    return edgeTie[e];
  }

  /** Counts the changes of who is drawn, so that a view rebuilds only when needed. */
  int version() {
    return version;
  }

  /** How much a person matters to the view: ambassadors most, the unaware least. */
  static int rank(BrandCommunity brand, int who) {
    return switch (NodeState.of(brand, who)) {
      case AMBASSADOR -> 5;
      case ACTIVE -> 4;
      case DORMANT -> 3;
      case LEFT -> 2;
      case AWARE -> 1;
      default -> 0;
    };
  }

  /** Brings the day's members into view, links the dots and settles the layout. */
  void update(BrandCommunity brand) {
    int m = person.length;
    int[] followers = brand.followerSnapshot();
    long[] candidates = new long[followers.length];
    int count = 0;
    for (int who : followers) {
      if (slotOf[who] < 0) {
        candidates[count++] = order(rank(brand, who), links(brand, who), who, false);
      }
    }
    if (count > 0) {
      Arrays.sort(candidates, 0, count);
      long[] victims = new long[m];
      for (int s = 0; s < m; s++) {
        victims[s] = order(rank(brand, person[s]), links(brand, person[s]), s, true);
      }
      Arrays.sort(victims);
      int changes = Math.min(count, Math.max(1, m / 10));
      int done = 0;
      for (int c = 0; c < count && done < changes; c++) {
        int who = (int) (candidates[c] & 0xFFFFFFFFL);
        int rank = rank(brand, who);
        int slot = (int) (victims[done] & 0xFFFFFFFFL);
        if (rank(brand, person[slot]) >= rank) {
          break; // victims are in rising rank: nobody further gives way either
        }
        replace(slot, who, brand);
        done++;
      }
      if (done > 0) {
        version++;
      }
    }
    edges(brand);
    settle(brand);
  }

  /**
   * A sort key: candidates by falling rank then falling links, victims by rising rank then rising
   * links; the low 32 bits carry the person or slot, which also breaks ties deterministically.
   */
  private static long order(int rank, int links, int id, boolean rising) {
    long r = rising ? rank : 15 - rank;
    long l = Math.min(links, 0xFFFF);
    l = rising ? l : 0xFFFF - l;
    return (r << 52) | (l << 32) | (id & 0xFFFFFFFFL);
  }

  /** Friends and tie partners of {@code who} who are drawn. */
  private int links(BrandCommunity brand, int who) {
    int links = 0;
    if (!graph.isComplete()) {
      int[] offsets = graph.offsets();
      int[] neighbors = graph.neighbors();
      for (int k = offsets[who]; k < offsets[who + 1]; k++) {
        if (slotOf[neighbors[k]] >= 0) {
          links++;
        }
      }
    }
    for (int t = 0; t < brand.ties(who); t++) {
      if (slotOf[brand.tiePartner(who, t)] >= 0) {
        links++;
      }
    }
    return links;
  }

  /** {@code who} takes {@code slot}, next to the drawn people they know, or where it was. */
  private void replace(int slot, int who, BrandCommunity brand) {
    slotOf[person[slot]] = -1;
    person[slot] = who;
    slotOf[who] = slot;
    double sx = 0;
    double sy = 0;
    int n = 0;
    if (!graph.isComplete()) {
      int[] offsets = graph.offsets();
      int[] neighbors = graph.neighbors();
      for (int k = offsets[who]; k < offsets[who + 1]; k++) {
        int s = slotOf[neighbors[k]];
        if (s >= 0) {
          sx += x[s];
          sy += y[s];
          n++;
        }
      }
    }
    for (int t = 0; t < brand.ties(who); t++) {
      int s = slotOf[brand.tiePartner(who, t)];
      if (s >= 0 && s != slot) {
        sx += x[s];
        sy += y[s];
        n++;
      }
    }
    if (n > 0) {
      double jitter = 0.03;
      x[slot] = sx / n + jitter * (random.nextDouble() - 0.5);
      y[slot] = sy / n + jitter * (random.nextDouble() - 0.5);
      clamp(slot);
    }
  }

  /** Friendships and member ties among the people drawn; a pair with both is a tie. */
  private void edges(BrandCommunity brand) {
    int m = person.length;
    int[] from = new int[4 * m];
    int[] to = new int[4 * m];
    boolean[] tie = new boolean[4 * m];
    int count = 0;
    for (int a = 0; a < m; a++) {
      int p = person[a];
      if (!graph.isComplete()) {
        int[] offsets = graph.offsets();
        int[] neighbors = graph.neighbors();
        for (int k = offsets[p]; k < offsets[p + 1]; k++) {
          int b = slotOf[neighbors[k]];
          if (b > a && !(brand != null && tied(brand, p, person[b]))) {
            if (count == from.length) {
              from = Arrays.copyOf(from, 2 * count);
              to = Arrays.copyOf(to, 2 * count);
              tie = Arrays.copyOf(tie, 2 * count);
            }
            from[count] = a;
            to[count] = b;
            count++;
          }
        }
      }
      if (brand != null) {
        for (int t = 0; t < brand.ties(p); t++) {
          int q = brand.tiePartner(p, t);
          int b = slotOf[q];
          // each tie once: from the lower slot, and only the first time the partner appears
          if (b > a && firstTie(brand, p, t, q)) {
            if (count == from.length) {
              from = Arrays.copyOf(from, 2 * count);
              to = Arrays.copyOf(to, 2 * count);
              tie = Arrays.copyOf(tie, 2 * count);
            }
            from[count] = a;
            to[count] = b;
            tie[count] = true;
            count++;
          }
        }
      }
    }
    edgeFrom = Arrays.copyOf(from, count);
    edgeTo = Arrays.copyOf(to, count);
    edgeTie = Arrays.copyOf(tie, count);
  }

  private static boolean tied(BrandCommunity brand, int a, int b) {
    for (int t = 0; t < brand.ties(a); t++) {
      if (brand.tiePartner(a, t) == b) {
        return true;
      }
    }
    return false;
  }

  private static boolean firstTie(BrandCommunity brand, int p, int index, int partner) {
    for (int t = 0; t < index; t++) {
      if (brand.tiePartner(p, t) == partner) {
        return false;
      }
    }
    return true;
  }

  /**
   * A few steps of a force layout (Fruchterman and Reingold 1991): dots repel, friends and more so
   * tie partners attract. Then each dot moves part of the way to its place in an even spread of the
   * disc, keeping its direction from the centre: members take the middle, those who know the brand
   * the next ring, the unaware the rim, each group in the order of its distance now, so that the
   * disc stays evenly filled and the picture moves smoothly.
   */
  private void settle(BrandCommunity brand) {
    int m = person.length;
    double k = Math.sqrt(Math.PI / m);
    double[] dx = new double[m];
    double[] dy = new double[m];
    for (int step = 0; step < STEPS_PER_DAY; step++) {
      Arrays.fill(dx, 0);
      Arrays.fill(dy, 0);
      for (int i = 0; i < m; i++) {
        for (int j = i + 1; j < m; j++) {
          double ex = x[i] - x[j];
          double ey = y[i] - y[j];
          double f = k * k / (ex * ex + ey * ey + 1e-9);
          dx[i] += ex * f;
          dy[i] += ey * f;
          dx[j] -= ex * f;
          dy[j] -= ey * f;
        }
      }
      for (int e = 0; e < edgeFrom.length; e++) {
        int a = edgeFrom[e];
        int b = edgeTo[e];
        double ex = x[a] - x[b];
        double ey = y[a] - y[b];
        double f = Math.sqrt(ex * ex + ey * ey) / k * (edgeTie[e] ? TIE_PULL : 1);
        dx[a] -= ex * f;
        dy[a] -= ey * f;
        dx[b] += ex * f;
        dy[b] += ey * f;
      }
      for (int i = 0; i < m; i++) {
        double length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
        if (length > 0) {
          double move = Math.min(length, STEP) / length;
          x[i] += dx[i] * move;
          y[i] += dy[i] * move;
        }
        clamp(i);
      }
    }
    spread(brand);
  }

  /** Moves each dot part of the way to its place in an even spread, by group then distance. */
  private void spread(BrandCommunity brand) {
    int m = person.length;
    long[] order = new long[m];
    for (int i = 0; i < m; i++) {
      int rank = rank(brand, person[i]);
      long group = rank >= MEMBER ? 0 : rank > 0 ? 1 : 2;
      double r = Math.sqrt(x[i] * x[i] + y[i] * y[i]);
      // group, then distance (to a millionth of the radius), then slot: a total order
      order[i] = (group << 60) | ((long) (Math.min(r, 1) * 1e6) << 20) | i;
    }
    Arrays.sort(order);
    for (int place = 0; place < m; place++) {
      int i = (int) (order[place] & 0xFFFFF);
      double r = Math.sqrt(x[i] * x[i] + y[i] * y[i]);
      double target = Math.sqrt((place + 0.5) / m);
      double next = r + SPREAD * (target - r);
      if (r > 1e-9) {
        x[i] *= next / r;
        y[i] *= next / r;
      } else {
        double angle = 2 * Math.PI * random.nextDouble();
        x[i] = next * Math.cos(angle);
        y[i] = next * Math.sin(angle);
      }
    }
  }

  private void clamp(int i) {
    double r = Math.sqrt(x[i] * x[i] + y[i] * y[i]);
    if (r > 1) {
      x[i] /= r;
      y[i] /= r;
    }
  }
}
