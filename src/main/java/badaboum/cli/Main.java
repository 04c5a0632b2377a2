package badaboum.cli;

import picocli.CommandLine;

/** Entry point: the only place that calls System.exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line in-process and returns its exit code (for tests). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new BadaboumCommand());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(java.nio.file.Path.class, new PathConverter());
    cl.setOut(ConsoleStreams.utf8(System.out));
    cl.setErr(ConsoleStreams.utf8(System.err));
    return cl;
  }
}
