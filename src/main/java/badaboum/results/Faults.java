package badaboum.results;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names what went wrong in terms a user can act on: a full disk, a folder that cannot be written,
 * memory, or another input/output error; null for anything else (a bug).
 */
public final class Faults {
  private Faults() {}

  /** What kind of fault a throwable is. */
  public enum Kind {
    DISK_FULL,
    READ_ONLY,
    OUT_OF_MEMORY,
    IO,
    INTERRUPTED,
    OTHER
  }

  public static Kind kind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return Kind.OUT_OF_MEMORY;
      }
      if (t instanceof InterruptedException) {
        return Kind.INTERRUPTED;
      }
      if (t instanceof ReadOnlyFileSystemException || t instanceof AccessDeniedException) {
        return Kind.READ_ONLY;
      }
      if (t instanceof IOException io) {
        String message = String.valueOf(reason(io)).toLowerCase(Locale.ROOT);
        if (message.contains("no space left") || message.contains("quota exceeded")) {
          return Kind.DISK_FULL;
        }
        if (message.contains("read-only file system") || message.contains("permission denied")) {
          return Kind.READ_ONLY;
        }
        return Kind.IO;
      }
    }
    return Kind.OTHER;
  }

  /** The operating system's words for an input/output error, without the Java class or path. */
  public static String reason(Throwable e) {
    Throwable t = e;
    while (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String message = String.valueOf(t.getMessage());
    Matcher inParentheses = TRAILING_REASON.matcher(message);
    return t instanceof FileNotFoundException && inParentheses.find()
        ? inParentheses.group(1)
        : message;
  }

  /** {@code path (reason)}, as file streams say it. */
  private static final Pattern TRAILING_REASON = Pattern.compile("\\(([^()]+)\\)$");

  /** What failed, in a few words: "the disk is full (writing DIR/runs.csv)". */
  public static String what(Throwable e) {
    String where =
        e instanceof UncheckedIOException u
            ? u.getMessage()
            : e instanceof FileSystemException fs ? fs.getFile() : null;
    String detail = where == null ? reason(e) : where + ": " + reason(e);
    return switch (kind(e)) {
      case DISK_FULL -> "the disk is full (" + detail + ")";
      case READ_ONLY -> "the folder cannot be written (" + detail + ")";
      case OUT_OF_MEMORY -> "Java ran out of memory";
      case INTERRUPTED -> "it was interrupted (Ctrl-C, or the process was asked to stop)";
      case IO -> "an input/output error (" + detail + ")";
      case OTHER -> oneLine(e);
    };
  }

  /** {@code Type: message}, on one line, without any stack frame. */
  public static String oneLine(Throwable e) {
    String message = e.getMessage();
    String text =
        e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    return text.strip().replaceAll("\\s*(\r\n|\r|\n)\\s*", "; ");
  }
}
