package badaboum.cli;

/** The command line asks for something that does not exist (an unknown arm, say). */
final class UsageProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageProblem(String message) {
    super(message);
  }
}
