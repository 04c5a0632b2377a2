package badaboum.results;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a CSV file that we wrote, line by line, knowing each line's byte offset and whether it
 * ended with a newline, so that a line half-written when a process was killed can be found and cut
 * off. Every row we write is one physical line (text cells never hold line breaks).
 */
final class CsvLines implements Closeable {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private long offset;
  private byte[] line = new byte[256];
  private int length;
  private long start;
  private boolean terminated;
  private long number;

  CsvLines(Path file) throws IOException {
    this.in = Files.newInputStream(file);
  }

  /** Moves to the next line; false at the end of the file. */
  boolean next() throws IOException {
    start = offset;
    length = 0;
    terminated = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (length > 0) {
            number++;
          }
          return length > 0;
        }
      }
      byte b = buffer[position++];
      offset++;
      if (b == '\n') {
        terminated = true;
        number++;
        return true;
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, line.length * 2);
      }
      line[length++] = b;
    }
  }

  /** The line without its newline. */
  String text() {
    return new String(line, 0, length, StandardCharsets.UTF_8);
  }

  /** Byte offset of the line's first byte. */
  long start() {
    return start;
  }

  /** Byte offset just past the line and its newline. */
  long end() {
    return offset;
  }

  /** Whether the line ended with a newline (a line cut by a crash does not). */
  boolean terminated() {
    return terminated;
  }

  /** 1-based number of the current line. */
  long number() {
    return number;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
