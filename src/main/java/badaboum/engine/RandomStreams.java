package badaboum.engine;

import ec.util.MersenneTwisterFast;
import java.nio.charset.StandardCharsets;

/**
 * Derives every random stream of a run from its seed and a stream name, never from the clock. The
 * derivation is SplitMix64 over the seed and a 64-bit FNV-1a hash of the name, so streams are
 * independent of each other and of the order in which they are asked for.
 */
public final class RandomStreams {
  private final long seed;

  public RandomStreams(long seed) {
    this.seed = seed;
  }

  public MersenneTwisterFast stream(String name) {
    long derived = mix(seed ^ mix(fnv1a(name)));
    return new MersenneTwisterFast(new int[] {(int) derived, (int) (derived >>> 32)});
  }

  /** The seed of replicate {@code replicate} of a sweep: see {@link RunSpec#seed}. */
  static long runSeed(long masterSeed, int replicate) {
    return mix(masterSeed + 0x9E3779B97F4A7C15L * (replicate + 1L)) & Long.MAX_VALUE;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long fnv1a(String name) {
    long hash = 0xCBF29CE484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xFF;
      hash *= 0x100000001B3L;
    }
    return hash;
  }
}
