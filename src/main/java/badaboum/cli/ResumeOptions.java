package badaboum.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code sweep --resume DIR} and {@code sweep --retry-failed DIR}: going on with a folder. */
final class ResumeOptions {
  @Option(
      names = "--resume",
      paramLabel = "DIR",
      description = "go on with the sweep in DIR after a crash or kill: runs only the missing runs")
  Path resume;

  @Option(
      names = "--retry-failed",
      paramLabel = "DIR",
      description = "run again the runs of DIR that failed (and any missing ones)")
  Path retryFailed;

  /** The folder to go on with; null for a new sweep. */
  Path folder() {
    if (resume != null && retryFailed != null) {
      throw new UsageProblem("give --resume DIR or --retry-failed DIR, not both");
    }
    return resume != null ? resume : retryFailed;
  }

  boolean retry() {
    return retryFailed != null;
  }

  /**
   * Refuses what a resume takes from the folder.
   *
   * @param scenarioOptions whether SCENARIO, --replications, --seed or --days were given
   * @param folderOptions whether --out or --traces were given
   */
  void requireNothingButTheFolder(boolean scenarioOptions, boolean folderOptions) {
    if (scenarioOptions) {
      throw new UsageProblem(
          (retry() ? "--retry-failed" : "--resume")
              + " goes on with the sweep in the folder: its scenario, replications, seed and days"
              + " are the folder's; give no SCENARIO, --replications, --seed or --days");
    }
    if (folderOptions) {
      throw new UsageProblem("--out and --traces are the folder's when resuming; drop them");
    }
  }
}
