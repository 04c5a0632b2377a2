package badaboum.model.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a friendship graph from an edge-list file: one friendship per line, two person ids
 * separated by a comma, tab or semicolon ({@code 12,345}), spaces around them allowed.
 *
 * <p>Blank lines and lines starting with {@code #} are skipped, and so is a first line whose fields
 * are all non-numeric, such as {@code source,target}. An edge listed twice, in either direction,
 * counts once. Everything else that is wrong is collected, the whole file is read, and all problems
 * are thrown together in one {@link EdgeListException}.
 */
public final class EdgeListReader {

  private final String file;
  private final int audienceSize;
  private final List<String> problems = new ArrayList<>();
  private int problemCount;

  private EdgeListReader(String file, int audienceSize) {
    this.file = file;
    this.audienceSize = audienceSize;
  }

  /**
   * The graph over persons {@code 0..audienceSize-1} whose edges {@code file} lists; people the
   * file does not mention have no friends.
   *
   * @throws EdgeListException listing every problem, if the file is missing, unreadable, has no
   *     edges, or has lines that are not valid edges
   * @throws IllegalArgumentException if {@code audienceSize < 1}
   */
  public static Graph read(Path file, int audienceSize) {
    if (audienceSize < 1) {
      throw new IllegalArgumentException("audience size must be at least 1, got " + audienceSize);
    }
    return new EdgeListReader(file.toString(), audienceSize).readAll(file);
  }

  private Graph readAll(Path path) {
    GraphBuilder builder = new GraphBuilder(audienceSize);
    int edgeLines = 0;
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      boolean headerAllowed = true;
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String text = (lineNumber == 1 ? stripByteOrderMark(line) : line).strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        List<String> fields = split(text);
        if (headerAllowed && fields.stream().noneMatch(EdgeListReader::isInteger)) {
          headerAllowed = false;
          continue;
        }
        headerAllowed = false;
        edgeLines++;
        readEdge(lineNumber, text, fields, builder);
      }
    } catch (NoSuchFileException e) {
      fileProblem(
          "no such file (looked for "
              + path.toAbsolutePath()
              + "); check the path of the network file");
    } catch (AccessDeniedException e) {
      fileProblem("cannot be read: permission denied; check the file's permissions");
    } catch (CharacterCodingException e) {
      fileProblem("is not a UTF-8 text file; save it as plain text (CSV) with lines like '12,345'");
    } catch (IOException e) {
      if (Files.isDirectory(path)) {
        fileProblem("is a directory, not an edge-list file; name a CSV file inside it");
      } else {
        fileProblem("cannot be read (" + e + "); check that it is a readable text file");
      }
    }
    if (problemCount == 0 && edgeLines == 0) {
      fileProblem("has no edges; expected one friendship per line, like '12,345' (two person ids)");
    }
    if (problemCount > 0) {
      throw new EdgeListException(file, problems, problemCount);
    }
    return builder.build();
  }

  private void readEdge(int lineNumber, String text, List<String> fields, GraphBuilder builder) {
    if (fields.size() != 2 || !isInteger(fields.get(0)) || !isInteger(fields.get(1))) {
      lineProblem(
          lineNumber, "'" + text + "' is not two person ids; expected a line like '12,345'");
      return;
    }
    int a = personId(lineNumber, fields.get(0));
    int b = personId(lineNumber, fields.get(1));
    if (a < 0 || b < 0) {
      return;
    }
    if (a == b) {
      lineProblem(lineNumber, "'" + text + "' links a person to itself; remove the line");
      return;
    }
    builder.addEdge(a, b);
  }

  /** The id written in {@code field}, or -1 after reporting it outside the audience. */
  private int personId(int lineNumber, String field) {
    long id;
    try {
      id = Long.parseLong(field);
    } catch (NumberFormatException tooManyDigits) {
      id = -1;
    }
    if (id < 0 || id >= audienceSize) {
      lineProblem(
          lineNumber,
          "person id "
              + field
              + " is outside the audience (ids 0 to "
              + (audienceSize - 1)
              + "); raise audience.size or fix the id");
      return -1;
    }
    return (int) id;
  }

  /** Fields between commas, tabs or semicolons, stripped of surrounding spaces. */
  private static List<String> split(String text) {
    List<String> fields = new ArrayList<>(2);
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isSeparator(text.charAt(i))) {
        fields.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    return fields;
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '\t' || c == ';';
  }

  /** An optionally signed run of ASCII digits; negative ids are then reported as out of range. */
  private static boolean isInteger(String field) {
    int start = field.startsWith("-") || field.startsWith("+") ? 1 : 0;
    if (field.length() == start) {
      return false;
    }
    for (int i = start; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String stripByteOrderMark(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private void lineProblem(int lineNumber, String message) {
    report(file + ":" + lineNumber + ": " + message);
  }

  private void fileProblem(String message) {
    report(file + ": " + message);
  }

  private void report(String problem) {
    problemCount++;
    if (problems.size() < EdgeListException.MAX_LISTED) {
      problems.add(problem);
    }
  }
}
