package badaboum.analysis;

/**
 * Seeds for the bootstraps, derived from a master seed and a few integers naming what the seed is
 * for (a point, an arm, a metric), never from the clock: the same results folder always gives the
 * same intervals. Mixing is SplitMix64's finaliser (Steele, Lea and Flood 2014) applied to the
 * master seed and each part in turn, so nearby parts give unrelated seeds.
 */
public final class DerivedSeeds {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private DerivedSeeds() {}

  /** A seed for {@code parts} under {@code master}; the same arguments give the same seed. */
  public static long derive(long master, long... parts) {
    long state = mix(master + GOLDEN_GAMMA);
    for (long part : parts) {
      state = mix(state + GOLDEN_GAMMA + mix(part + GOLDEN_GAMMA));
    }
    return state;
  }

  /** A seed for a named purpose ("comparison", "sensitivity") and parts. */
  public static long derive(long master, String purpose, long... parts) {
    long name = 0;
    for (int i = 0; i < purpose.length(); i++) {
      name = name * 31 + purpose.charAt(i);
    }
    long[] all = new long[parts.length + 1];
    all[0] = name;
    System.arraycopy(parts, 0, all, 1, parts.length);
    return derive(master, all);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
