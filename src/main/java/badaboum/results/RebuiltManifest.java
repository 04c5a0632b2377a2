package badaboum.results;

import badaboum.scenario.ScenarioException;
import badaboum.sweep.SweepPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A manifest for a folder that lost its manifest.json (deleted by hand), rebuilt from what the
 * folder still says: the sweep's shape from scenario.effective.yaml, {@code --traces} from the
 * traces folder. The checksums it records are those of the inputs as they are now: nothing can tell
 * whether they changed before.
 */
final class RebuiltManifest {
  private RebuiltManifest() {}

  static Manifest of(Path folder, SweepSession.Settings settings) {
    Path effectiveFile = ResultsFile.EFFECTIVE.in(folder);
    try {
      String effective = Files.readString(effectiveFile);
      Path givenFile = ResultsFile.SCENARIO.in(folder);
      boolean hasGiven = Files.exists(givenFile);
      String given = hasGiven ? Files.readString(givenFile) : effective;
      SweepPlan plan = SweepPlan.fromEffectiveYaml(effective);
      Manifest manifest =
          Manifest.create(
              new Manifest.Sweep(
                  settings.version(),
                  settings.gitCommit(),
                  plan.base().name(),
                  null,
                  plan.base().seed(),
                  plan.design(),
                  plan.layout().points(),
                  plan.layout().variedPaths(),
                  plan.layout().arms(),
                  plan.layout().replications(),
                  plan.base().days(),
                  plan.runCount(),
                  Files.isDirectory(ResultsFile.TRACES.in(folder))),
              Inputs.of(given, effective, plan.base()).stream()
                  .filter(input -> hasGiven || !input.role().equals(Inputs.SCENARIO))
                  .toList(),
              Instant.now());
      manifest.write(folder);
      return manifest;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + effectiveFile, e);
    } catch (ScenarioException e) {
      throw new ResultsException(
          folder
              + " has no "
              + ResultsFile.MANIFEST
              + ", and its "
              + ResultsFile.EFFECTIVE
              + " does not load ("
              + e.problems().get(0)
              + "), so the sweep cannot be rebuilt");
    }
  }
}
