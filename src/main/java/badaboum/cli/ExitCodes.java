package badaboum.cli;

/** The exit codes of DESIGN.md §6. */
final class ExitCodes {
  private ExitCodes() {}

  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;
  static final int INVALID_SCENARIO = 3;
}
