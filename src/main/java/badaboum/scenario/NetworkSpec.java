package badaboum.scenario;

import java.nio.file.Path;

/**
 * The audience's friendship graph.
 *
 * @param degree mean number of friends per person (generated models)
 * @param rewire Watts–Strogatz rewiring probability
 * @param file edge-list CSV for {@link NetworkModel#FILE}, else null
 */
public record NetworkSpec(
    @Key(
            value = "watts-strogatz",
            meaning =
                "the friendship graph; `complete` means no graph: each contact goes to a uniformly"
                    + " random person",
            source = "Watts and Strogatz 1998: clustered friendships with a few long ties")
        NetworkModel model,
    @Key(
            value = "12",
            min = 1,
            max = 1000,
            unit = "friends per person on average",
            meaning =
                "mean number of friends (erdos-renyi, watts-strogatz, barabasi-albert: 2 × the"
                    + " edges each newcomer adds)",
            source = "assumption, swept")
        int degree,
    @Key(
            value = "0.1",
            min = 0,
            max = 1,
            unit = "probability per edge",
            meaning = "watts-strogatz only: probability that a lattice edge is rewired",
            source = "Watts and Strogatz 1998: small-world range 0.01-0.1")
        double rewire,
    @Key(
            meaning =
                "model `file` only: an edge list, one `a,b` pair of person ids (0 to size − 1) per"
                    + " line, relative to the scenario; a header and `#` comments are allowed")
        Path file) {
  public NetworkSpec {
    Catalog.check(NetworkSpec.class, model, degree, rewire, file);
    if (model == NetworkModel.FILE && file == null) {
      throw new SpecException("file", "model 'file' needs file: an edge-list CSV of person ids");
    }
  }
}
