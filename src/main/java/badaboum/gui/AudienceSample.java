package badaboum.gui;

import badaboum.model.network.Graph;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The people the network view draws, the friendships among them and where each sits. A market of
 * 20,000 people cannot be drawn legibly, so the view shows a neighbourhood: everyone within a few
 * friendships of a random person (breadth first, a new random person when a group runs out), or a
 * plain random sample under complete mixing, where there are no friendships to follow. The layout
 * is a force layout (Fruchterman and Reingold 1991) spread evenly over a disc. Everything is drawn
 * with the view's own random generator: the run's streams are never touched.
 */
final class AudienceSample {
  private static final int LAYOUT_ITERATIONS = 300;

  private final int population;
  private final int[] people;
  private final int[] edgeFrom;
  private final int[] edgeTo;
  private final double[] x;
  private final double[] y;

  private AudienceSample(
      int population, int[] people, int[] edgeFrom, int[] edgeTo, double[] x, double[] y) {
    this.population = population;
    this.people = people;
    this.edgeFrom = edgeFrom;
    this.edgeTo = edgeTo;
    this.x = x;
    this.y = y;
  }

  /** Up to {@code size} people of the graph, their friendships among them, and a layout. */
  static AudienceSample of(Graph graph, int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("the sample needs at least one person, got " + size);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int n = graph.size();
    int m = Math.min(size, n);
    int[] people = graph.isComplete() ? uniform(n, m, random) : neighbourhood(graph, m, random);
    int[][] edges =
        graph.isComplete() ? new int[][] {new int[0], new int[0]} : edges(graph, people);
    double[][] layout = layout(m, edges[0], edges[1], random);
    return new AudienceSample(n, people, edges[0], edges[1], layout[0], layout[1]);
  }

  /** People in the market. */
  int population() {
    return population;
  }

  /** People drawn. */
  int size() {
    return people.length;
  }

  /** The person id of the {@code i}-th person drawn. */
  int person(int i) {
    return people[i];
  }

  int edgeCount() {
    return edgeFrom.length;
  }

  /** One end of friendship {@code e}, as an index into the people drawn. */
  int edgeFrom(int e) {
    return edgeFrom[e];
  }

  int edgeTo(int e) {
    return edgeTo[e];
  }

  /** Where the {@code i}-th person sits, in the unit disc. */
  double x(int i) {
    return x[i];
  }

  double y(int i) {
    return y[i];
  }

  private static int[] uniform(int n, int m, SplittableRandom random) {
    boolean[] chosen = new boolean[n];
    int[] people = new int[m];
    int count = 0;
    while (count < m) {
      int p = random.nextInt(n);
      if (!chosen[p]) {
        chosen[p] = true;
        people[count++] = p;
      }
    }
    return people;
  }

  private static int[] neighbourhood(Graph graph, int m, SplittableRandom random) {
    int n = graph.size();
    boolean[] chosen = new boolean[n];
    int[] people = new int[m];
    int[] offsets = graph.offsets();
    int[] neighbors = graph.neighbors();
    int count = 0;
    int head = 0;
    while (count < m) {
      if (head == count) {
        int root = random.nextInt(n);
        while (chosen[root]) {
          root = random.nextInt(n);
        }
        chosen[root] = true;
        people[count++] = root;
      }
      int p = people[head++];
      for (int k = offsets[p]; k < offsets[p + 1] && count < m; k++) {
        int q = neighbors[k];
        if (!chosen[q]) {
          chosen[q] = true;
          people[count++] = q;
        }
      }
    }
    return people;
  }

  private static int[][] edges(Graph graph, int[] people) {
    // person id in the high half, index in the sample in the low half: sorted, searchable by id
    long[] byPerson = new long[people.length];
    for (int i = 0; i < people.length; i++) {
      byPerson[i] = ((long) people[i] << 32) | i;
    }
    Arrays.sort(byPerson);
    int[] offsets = graph.offsets();
    int[] neighbors = graph.neighbors();
    int[] from = new int[16];
    int[] to = new int[16];
    int count = 0;
    for (int i = 0; i < people.length; i++) {
      int p = people[i];
      for (int k = offsets[p]; k < offsets[p + 1]; k++) {
        int j = indexOf(byPerson, neighbors[k]);
        if (j > i) {
          if (count == from.length) {
            from = Arrays.copyOf(from, 2 * count);
            to = Arrays.copyOf(to, 2 * count);
          }
          from[count] = i;
          to[count] = j;
          count++;
        }
      }
    }
    return new int[][] {Arrays.copyOf(from, count), Arrays.copyOf(to, count)};
  }

  /** The person's index in the sample, or -1 if they are not in it. */
  private static int indexOf(long[] byPerson, int person) {
    int lo = 0;
    int hi = byPerson.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int id = (int) (byPerson[mid] >>> 32);
      if (id < person) {
        lo = mid + 1;
      } else if (id > person) {
        hi = mid - 1;
      } else {
        return (int) byPerson[mid];
      }
    }
    return -1;
  }

  /**
   * Fruchterman-Reingold in the unit disc, then an even spread: each dot keeps its angle and the
   * rank of its distance from the centre, so friends stay close and the disc is evenly filled.
   */
  private static double[][] layout(int m, int[] from, int[] to, SplittableRandom random) {
    double[] x = new double[m];
    double[] y = new double[m];
    for (int i = 0; i < m; i++) {
      double r = Math.sqrt(random.nextDouble());
      double a = 2 * Math.PI * random.nextDouble();
      x[i] = r * Math.cos(a);
      y[i] = r * Math.sin(a);
    }
    double k = Math.sqrt(Math.PI / m);
    double[] dx = new double[m];
    double[] dy = new double[m];
    for (int it = 0; it < LAYOUT_ITERATIONS; it++) {
      double temperature = 0.1 * (1 - it / (double) LAYOUT_ITERATIONS) + 0.002;
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
      for (int e = 0; e < from.length; e++) {
        int a = from[e];
        int b = to[e];
        double ex = x[a] - x[b];
        double ey = y[a] - y[b];
        double f = Math.sqrt(ex * ex + ey * ey) / k;
        dx[a] -= ex * f;
        dy[a] -= ey * f;
        dx[b] += ex * f;
        dy[b] += ey * f;
      }
      for (int i = 0; i < m; i++) {
        double r = Math.sqrt(x[i] * x[i] + y[i] * y[i]);
        double gravity = m * k * r; // holds loose groups in
        dx[i] -= gravity * x[i];
        dy[i] -= gravity * y[i];
        double length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
        if (length > 0) {
          double step = Math.min(length, temperature) / length;
          x[i] += dx[i] * step;
          y[i] += dy[i] * step;
        }
      }
    }
    spreadEvenly(x, y);
    return new double[][] {x, y};
  }

  private static void spreadEvenly(double[] x, double[] y) {
    int m = x.length;
    Integer[] byRadius = new Integer[m];
    for (int i = 0; i < m; i++) {
      byRadius[i] = i;
    }
    Arrays.sort(
        byRadius, (a, b) -> Double.compare(x[a] * x[a] + y[a] * y[a], x[b] * x[b] + y[b] * y[b]));
    for (int rank = 0; rank < m; rank++) {
      int i = byRadius[rank];
      double angle = Math.atan2(y[i], x[i]);
      double r = Math.sqrt((rank + 0.5) / m);
      x[i] = r * Math.cos(angle);
      y[i] = r * Math.sin(angle);
    }
  }
}
