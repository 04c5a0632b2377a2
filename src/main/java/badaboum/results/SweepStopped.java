package badaboum.results;

import java.nio.file.Path;

/**
 * A sweep stopped before its end; the message says in one sentence what failed, that the runs
 * recorded are safe, and the command to go on. The manifest says {@code interrupted}.
 */
public final class SweepStopped extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path folder;
  private final boolean unexpected;

  SweepStopped(String message, Path folder, Throwable cause, boolean unexpected) {
    super(message, cause);
    this.folder = folder;
    this.unexpected = unexpected;
  }

  /** The sweep's results folder, where the details of an unexpected error belong. */
  public Path folder() {
    return folder;
  }

  /** Whether the cause is a bug (its stack trace should be kept and reported), not a fault. */
  public boolean unexpected() {
    return unexpected;
  }
}
