package badaboum.model;

import badaboum.model.network.EdgeListReader;
import badaboum.model.network.Graph;
import badaboum.model.network.NetworkGenerators;
import badaboum.scenario.AffinitySpec;
import badaboum.scenario.AudienceSpec;
import badaboum.scenario.NetworkSpec;
import ec.util.MersenneTwisterFast;

/** Draws the audience of a run: traits from the audience stream, friendships from the network's. */
public final class AudienceFactory {
  /** A log-normal has mean exp(mu + sigma²/2): mu = −sigma²/2 makes its mean 1. */
  private static final double MEAN_ONE = 0.5;

  private AudienceFactory() {}

  public static Audience create(
      AudienceSpec spec, MersenneTwisterFast audienceRandom, MersenneTwisterFast networkRandom) {
    int n = spec.size();
    float[] affinity = affinities(spec.affinity(), n, audienceRandom);
    float[] activity = new float[n];
    boolean[] prizeSeeker = new boolean[n];
    double sigma = spec.activity().spread();
    for (int i = 0; i < n; i++) {
      // log-normal with mean 1: heavy-tailed, so a few people do most of the reacting
      activity[i] =
          (float) Math.exp(sigma * audienceRandom.nextGaussian() - MEAN_ONE * sigma * sigma);
      prizeSeeker[i] = audienceRandom.nextDouble() < spec.prizeSeekers();
    }
    return new Audience(
        affinity,
        activity,
        prizeSeeker,
        friends(spec.network(), n, networkRandom),
        spec.prizeSeekerInterest());
  }

  private static float[] affinities(AffinitySpec spec, int n, MersenneTwisterFast random) {
    float[] affinity = new float[n];
    if (spec.isFixed()) {
      java.util.Arrays.fill(affinity, spec.fixed().floatValue());
      return affinity;
    }
    double alpha = spec.mean() * spec.concentration();
    double beta = (1 - spec.mean()) * spec.concentration();
    for (int i = 0; i < n; i++) {
      affinity[i] = (float) RandomDraws.beta(random, alpha, beta);
    }
    return affinity;
  }

  private static Graph friends(NetworkSpec spec, int n, MersenneTwisterFast random) {
    return switch (spec.model()) {
      case COMPLETE -> Graph.complete(n);
      case ERDOS_RENYI -> NetworkGenerators.erdosRenyi(n, spec.degree(), random);
      case WATTS_STROGATZ ->
          NetworkGenerators.wattsStrogatz(n, spec.degree(), spec.rewire(), random);
      case BARABASI_ALBERT -> NetworkGenerators.barabasiAlbert(n, spec.degree(), random);
      case FILE -> EdgeListReader.read(spec.file(), n);
    };
  }
}
