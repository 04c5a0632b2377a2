package badaboum.sweep;

/**
 * An executor cannot run, or stopped, for a reason outside the sweep (its libraries are missing,
 * its cluster cannot be reached or went away): the message says what and what to do. Runs already
 * recorded are kept; the sweep can be resumed.
 */
public final class ExecutorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExecutorException(String message) {
    super(message);
  }

  public ExecutorException(String message, Throwable cause) {
    super(message, cause);
  }
}
