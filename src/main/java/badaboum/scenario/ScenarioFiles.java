package badaboum.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a scenario file as text, refusing with a clear message what is not a scenario: a missing
 * file, a folder, an enormous file, a binary file, text that is not UTF-8, an empty file.
 */
final class ScenarioFiles {
  private ScenarioFiles() {}

  static String read(Path file, String label) {
    Position where = Position.nowhere(label);
    if (!Files.exists(file)) {
      throw ScenarioException.of(
          where, "no such file; check the path (scenarios live in scenarios/)");
    }
    if (Files.isDirectory(file)) {
      throw ScenarioException.of(where, "is a folder; give a scenario file (.yaml) inside it");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > ScenarioLimits.MAX_FILE_BYTES) {
        throw ScenarioException.of(
            where,
            "file is "
                + (size >> 10)
                + " KiB; a scenario is a small YAML file (at most "
                + (ScenarioLimits.MAX_FILE_BYTES >> 10)
                + " KiB). Is this the right file?");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw ScenarioException.of(where, "cannot read the file: " + e.getMessage());
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw ScenarioException.of(
            new Position(label, lineOf(bytes, i), 1),
            "binary data (a zero byte); a scenario is a YAML text file");
      }
    }
    String text = decode(bytes, label);
    if (text.isBlank()) {
      throw ScenarioException.of(
          where, "file is empty; a scenario needs at least strategies (see scenarios/README.md)");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String decode(byte[] bytes, String label) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position(); // the decoder stops at the first bad byte
      throw ScenarioException.of(
          new Position(label, lineOf(bytes, bad), 1),
          "not UTF-8 text (byte 0x"
              + String.format("%02X", bytes[bad] & 0xFF)
              + " at offset "
              + bad
              + "); save the file as UTF-8");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
