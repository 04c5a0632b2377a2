package badaboum.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Lets Commons Math distributions draw from one of our named MASON streams. Without it they seed
 * themselves from the clock, and runs stop being reproducible.
 */
public final class MersenneTwisterAdapter implements RandomGenerator {
  private final MersenneTwisterFast rng;

  public MersenneTwisterAdapter(MersenneTwisterFast rng) {
    this.rng = rng;
  }

  @Override
  public void setSeed(int seed) {
    throw new UnsupportedOperationException("streams are seeded once, by the engine");
  }

  @Override
  public void setSeed(int[] seed) {
    throw new UnsupportedOperationException("streams are seeded once, by the engine");
  }

  @Override
  public void setSeed(long seed) {
    throw new UnsupportedOperationException("streams are seeded once, by the engine");
  }

  @Override
  public void nextBytes(byte[] bytes) {
    rng.nextBytes(bytes);
  }

  @Override
  public int nextInt() {
    return rng.nextInt();
  }

  @Override
  public int nextInt(int n) {
    return rng.nextInt(n);
  }

  @Override
  public long nextLong() {
    return rng.nextLong();
  }

  @Override
  public boolean nextBoolean() {
    return rng.nextBoolean();
  }

  @Override
  public float nextFloat() {
    return rng.nextFloat();
  }

  @Override
  public double nextDouble() {
    return rng.nextDouble();
  }

  @Override
  public double nextGaussian() {
    return rng.nextGaussian();
  }
}
