package badaboum.cli;

import picocli.CommandLine.Option;

/** {@code -j THREADS}: how many runs at once, by default one per core; never fewer than one. */
final class ThreadsOption {
  @Option(
      names = {"-j", "--threads"},
      paramLabel = "THREADS",
      description = "runs at once (default: the number of cores)")
  Integer chosen;

  /** The threads given, else the machine's cores; a usage error below one. */
  int count() {
    int n = chosen == null ? Runtime.getRuntime().availableProcessors() : chosen;
    if (n < 1) {
      throw new UsageProblem("-j must be at least 1, got " + n);
    }
    return n;
  }
}
