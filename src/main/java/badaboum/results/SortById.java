package badaboum.results;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Rewrites a journal whose rows start with a run id (runs.csv, timings.csv) sorted by that id, one
 * row per id (the last row written for an id wins), atomically: a temporary file, then a move.
 *
 * <p>Memory is bounded whatever the number of runs: ids are handled in chunks of {@link #CHUNK},
 * one pass over the file per chunk, remembering only where each row starts.
 */
final class SortById {
  /** Ids per pass: 12 bytes each, so 12 MiB at most. */
  static final int CHUNK = 1 << 20;

  private SortById() {}

  static void rewrite(Path file, long runs) throws IOException {
    rewrite(file, runs, CHUNK);
  }

  /** With {@code chunk} ids per pass (tests use small chunks). */
  static void rewrite(Path file, long runs, int chunk) throws IOException {
    Path temporary = AtomicWrite.temporary(file);
    try {
      sorted(file, temporary, runs, chunk);
    } catch (IOException | RuntimeException e) {
      AtomicWrite.deleteQuietly(temporary);
      throw e;
    }
    Files.move(
        temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void sorted(Path file, Path temporary, long runs, int chunk) throws IOException {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
        OutputStream out = new BufferedOutputStream(new FileOutputStream(temporary.toFile()))) {
      long headerEnd;
      try (CsvLines lines = new CsvLines(file)) {
        if (!lines.next() || !lines.terminated()) {
          throw new ResultsException(file + " has no header line");
        }
        headerEnd = lines.end();
      }
      copy(in, 0, (int) headerEnd, out);
      for (long first = 0; first < runs; first += chunk) {
        int size = (int) Math.min(chunk, runs - first);
        long[] start = new long[size];
        int[] length = new int[size];
        Arrays.fill(start, -1);
        try (CsvLines lines = new CsvLines(file)) {
          lines.next();
          while (lines.next() && lines.terminated()) {
            long id = leadingId(lines.text());
            if (id >= first && id < first + size) {
              start[(int) (id - first)] = lines.start();
              length[(int) (id - first)] = (int) (lines.end() - lines.start());
            }
          }
        }
        for (int i = 0; i < size; i++) {
          if (start[i] >= 0) {
            copy(in, start[i], length[i], out);
          }
        }
      }
    }
  }

  private static long leadingId(String line) {
    int comma = line.indexOf(',');
    try {
      return Long.parseLong(comma < 0 ? line : line.substring(0, comma));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void copy(FileChannel in, long position, int length, OutputStream out)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (in.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("file shrank while it was being sorted");
      }
    }
    out.write(buffer.array());
  }
}
