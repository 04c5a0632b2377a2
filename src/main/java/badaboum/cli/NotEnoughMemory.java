package badaboum.cli;

/** A run did not fit in Java's heap; the message says how much it needs and how to give it. */
final class NotEnoughMemory extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotEnoughMemory(String message) {
    super(message);
  }
}
