package badaboum.results;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Writes a whole file so that it appears whole or not at all: written aside ({@code NAME.tmp}),
 * then moved over the old one in one step. A write that fails (a full disk, a read-only folder)
 * removes its {@code .tmp} and leaves the old file as it was.
 *
 * <p>Plain file streams, not channels: a thread interrupted by Ctrl-C still writes.
 */
public final class AtomicWrite {
  private AtomicWrite() {}

  /** Writes {@code text} as UTF-8. */
  public static void text(Path file, String text) {
    bytes(file, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void bytes(Path file, byte[] bytes) {
    Path temporary = temporary(file);
    try {
      try (OutputStream out = new FileOutputStream(temporary.toFile())) {
        out.write(bytes);
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Where {@link #bytes} writes aside. */
  static Path temporary(Path file) {
    return file.resolveSibling(file.getFileName() + ".tmp");
  }

  /** Deletes the files of {@code folder} that a kill left aside (named {@code *.tmp}). */
  static void removeTemporaryFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (file.getFileName().toString().endsWith(".tmp")) {
          Files.delete(file);
        }
      }
    }
  }

  /** Deletes a file we wrote, if it is there, ignoring failures: for cleaning up after one. */
  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException | RuntimeException e) {
      // cleaning up after an error already reported: nothing more to say
    }
  }
}
