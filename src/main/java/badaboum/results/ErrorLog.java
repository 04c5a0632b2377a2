package badaboum.results;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where the details of an unexpected error go, so that none reaches a user's screen: the stack
 * trace, appended to the results folder's badaboum.log, or to a log of its own in the temporary
 * folder when there is no results folder (yet).
 */
public final class ErrorLog {
  private ErrorLog() {}

  /**
   * Appends what happened and its stack trace.
   *
   * @param folder the results folder, or null
   * @return the log written, or null when none could be (a full disk, say)
   */
  public static Path write(Path folder, String what, Throwable e) {
    StringWriter trace = new StringWriter();
    try (PrintWriter out = new PrintWriter(trace)) {
      out.println(Instant.now() + " " + what);
      e.printStackTrace(out);
    }
    byte[] bytes = trace.toString().getBytes(StandardCharsets.UTF_8);
    if (folder != null && Files.isDirectory(folder)) {
      Path log = ResultsFile.LOG.in(folder);
      if (append(log, bytes)) {
        return log;
      }
    }
    try {
      Path log = Files.createTempFile("badaboum-", ".log");
      return append(log, bytes) ? log : null;
    } catch (IOException | RuntimeException again) {
      return null;
    }
  }

  private static boolean append(Path log, byte[] bytes) {
    try (OutputStream out = new FileOutputStream(log.toFile(), true)) {
      out.write(bytes);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
