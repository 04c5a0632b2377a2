package badaboum.results;

/** A results folder cannot be used as asked; the message says how to fix it. */
public final class ResultsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ResultsException(String message) {
    super(message);
  }
}
