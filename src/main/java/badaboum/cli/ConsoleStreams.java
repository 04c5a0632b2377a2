package badaboum.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error as UTF-8 whatever the platform's default charset: under a POSIX locale
 * (no LANG, a container, a minimal server) Java 17 would otherwise write "×" and "–" as "?".
 */
final class ConsoleStreams {
  private ConsoleStreams() {}

  static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
