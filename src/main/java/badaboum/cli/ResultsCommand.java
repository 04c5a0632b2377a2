package badaboum.cli;

import java.nio.file.Path;

/**
 * A command that writes or reads a results folder: where the details of an unexpected error go
 * ({@link ErrorHandler} writes them to the folder's badaboum.log).
 */
interface ResultsCommand {

  /** The folder the command works on; null before it has one. */
  Path resultsFolder();
}
