package badaboum.cli;

import badaboum.model.network.EdgeListException;
import badaboum.report.ResultsException;
import badaboum.scenario.ScenarioException;
import badaboum.sweep.ExecutorException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what went wrong into a message a user can act on and an exit code; a stack trace only for
 * what is truly unexpected (a bug), and then with a request to report it.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof ScenarioException invalid) {
      invalid.problems().forEach(problem -> err.println(problem));
      err.println(
          invalid.problems().size()
              + (invalid.problems().size() == 1 ? " problem" : " problems")
              + "; see scenarios/README.md for every key, its default and range");
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
    if (e instanceof ExecutorException executor) {
      err.println("badaboum: " + executor.getMessage());
      return ExitCodes.FAILURE;
    }
    if (e instanceof ResultsException results) {
      err.println("badaboum: " + results.getMessage());
      return ExitCodes.FAILURE;
    }
    if (e instanceof java.nio.file.InvalidPathException path) {
      err.println("badaboum: " + LocaleAdvice.unencodable(path.getInput()));
      return ExitCodes.FAILURE;
    }
    if (e instanceof java.io.UncheckedIOException io) {
      err.println("badaboum: " + io.getMessage() + ": " + io.getCause().getMessage());
      return ExitCodes.FAILURE;
    }
    err.println("badaboum: unexpected error, please report it with the lines below");
    e.printStackTrace(err);
    return ExitCodes.FAILURE;
  }
}
