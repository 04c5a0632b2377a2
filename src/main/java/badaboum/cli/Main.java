package badaboum.cli;

import badaboum.language.Language;
import badaboum.language.Messages;
import badaboum.results.ErrorLog;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Entry point: the only place that calls System.exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = execute(args);
    Interruptions.release(); // after Ctrl-C, everything is said: the JVM may end
    System.exit(code);
  }

  /**
   * Runs a command line in-process and returns its exit code. What escapes the commands (an error
   * of Java itself, out of memory outside a sweep) is one line on stderr and a log, never a trace.
   */
  public static int execute(String... args) {
    CommandLine cl = commandLine();
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      cl.getErr()
          .println(
              "badaboum: Java ran out of memory; give it more, e.g."
                  + " BADABOUM_JAVA_OPTS=-Xmx4g badaboum ..., and run the command again");
      cl.getErr().flush();
      return ExitCodes.FAILURE;
    } catch (Throwable e) { // the last line of defence: no stack trace reaches a user
      PrintWriter err = cl.getErr();
      Path log = ErrorLog.write(null, "badaboum " + String.join(" ", args), e);
      err.println(ErrorHandler.unexpected(e, log, Messages.of(Language.fromDefault())));
      err.flush();
      return ExitCodes.FAILURE;
    }
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
