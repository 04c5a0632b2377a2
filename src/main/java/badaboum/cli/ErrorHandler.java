package badaboum.cli;

import badaboum.language.Language;
import badaboum.language.Messages;
import badaboum.model.network.EdgeListException;
import badaboum.results.ErrorLog;
import badaboum.results.Faults;
import badaboum.results.ResultsException;
import badaboum.results.SweepStopped;
import badaboum.scenario.ScenarioException;
import badaboum.sweep.ExecutorException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Turns what went wrong into one message a user can act on and an exit code. No stack trace ever
 * reaches the screen: what is truly unexpected (a bug) is one line saying where its details are
 * (the results folder's badaboum.log, or a log in the temporary folder) and asking to report it.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    int code = handle(e, err, folderOf(parsed), messagesOf(parsed));
    err.flush();
    return code;
  }

  private static int handle(Exception e, PrintWriter err, Path folder, Messages m) {
    if (e instanceof ScenarioException invalid) {
      invalid.problems().forEach(problem -> err.println(problem));
      int count = invalid.problems().size();
      err.println(m.format(count == 1 ? "error.problem" : "error.problems", m.count(count)));
      return ExitCodes.INVALID_SCENARIO;
    }
    if (e instanceof EdgeListException edges) {
      edges.problems().forEach(err::println);
      return ExitCodes.INVALID_SCENARIO;
    }
    if (e instanceof DataFileException data) {
      data.problems().forEach(err::println);
      return ExitCodes.INVALID_SCENARIO;
    }
    if (e instanceof UsageProblem usage) {
      err.println("badaboum: " + usage.getMessage());
      return ExitCodes.USAGE;
    }
    if (e instanceof SweepStopped stopped) {
      if (stopped.unexpected()) {
        ErrorLog.write(stopped.folder(), stopped.getMessage(), stopped.getCause());
      }
      err.println("badaboum: " + stopped.getMessage());
      return ExitCodes.FAILURE;
    }
    if (e instanceof ExecutorException || e instanceof ResultsException) {
      err.println("badaboum: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    if (e instanceof NotEnoughMemory memory) {
      err.println("badaboum: " + memory.getMessage());
      return ExitCodes.FAILURE;
    }
    if (e instanceof java.nio.file.InvalidPathException path) {
      err.println("badaboum: " + LocaleAdvice.unencodable(path.getInput()));
      return ExitCodes.FAILURE;
    }
    if (e instanceof UncheckedIOException || e instanceof IOException) {
      Faults.Kind kind = Faults.kind(e);
      err.println(
          "badaboum: "
              + Faults.what(e)
              + switch (kind) { // continues Faults' English clause, so English too
                case DISK_FULL -> "; nothing is lost: free some space and run it again";
                case READ_ONLY ->
                    "; make it writable, or use a folder you can write to, and run it again";
                default -> "";
              });
      return ExitCodes.FAILURE;
    }
    Path log = ErrorLog.write(folder, "unexpected error", e);
    err.println(unexpected(e, log, m));
    return ExitCodes.FAILURE;
  }

  /** One line for a bug: what, where its details are, and a request to report it. */
  static String unexpected(Throwable e, Path log, Messages m) {
    return log == null
        ? m.format("error.unexpected.nowhere", Faults.oneLine(e))
        : m.format("error.unexpected", Faults.oneLine(e), log);
  }

  /**
   * The language of the command that failed: its {@code --lang}, else the locale's (a command
   * without the option speaks the locale's language too).
   */
  private static Messages messagesOf(ParseResult parsed) {
    ParseResult sub = parsed;
    while (sub.subcommand() != null) {
      sub = sub.subcommand();
    }
    CommandSpec lang = sub.commandSpec().mixins().get("lang");
    Language language =
        lang != null && lang.userObject() instanceof LanguageOption option
            ? option.language()
            : Language.fromDefault();
    return Messages.of(language);
  }

  /** The results folder of the command that failed, when it has one. */
  private static Path folderOf(ParseResult parsed) {
    ParseResult sub = parsed;
    while (sub.subcommand() != null) {
      sub = sub.subcommand();
    }
    return sub.commandSpec().userObject() instanceof ResultsCommand command
        ? command.resultsFolder()
        : null;
  }
}
