package badaboum.results;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A scenario's name made a folder name: letters and digits kept (accented ones too, {@code
 * Brasserie-du-Lac-été}), every other run of characters a dash. Where file names cannot hold
 * letters beyond ASCII, they are transliterated ({@code Brasserie-du-Lac-ete}): when Java writes
 * file names in a charset other than UTF-8 ({@code sun.jnu.encoding}, the locale's: a POSIX locale
 * writes ASCII only), or when the path cannot be made at all. Windows file names are UTF-16
 * whatever the locale.
 */
final class FolderNames {
  private static final Pattern NOT_KEPT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}._-]+");
  private static final Pattern NOT_ASCII_KEPT = Pattern.compile("[^A-Za-z0-9._-]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

  /** Used when a name has no letter or digit: "", "!!!", "..". */
  static final String UNNAMED = "scenario";

  private FolderNames() {}

  /** The folder name for {@code name} under {@code root}, as this system writes file names. */
  static String of(Path root, String name) {
    String kept = letters(name);
    if (keepsLetters(fileNameCharset(), File.separatorChar == '\\') && accepts(root, kept)) {
      return kept;
    }
    return ascii(name);
  }

  /**
   * Whether a system that writes file names in {@code fileNames} keeps letters beyond ASCII: in
   * UTF-8, or on Windows (UTF-16 whatever that charset).
   */
  static boolean keepsLetters(Charset fileNames, boolean windows) {
    return windows || fileNames.equals(StandardCharsets.UTF_8);
  }

  private static boolean accepts(Path root, String name) {
    try {
      root.resolve(name);
      return true;
    } catch (InvalidPathException e) {
      return false; // this file system refuses it
    }
  }

  /** Letters and digits of any script kept, composed (é as one character, as typed). */
  static String letters(String name) {
    return named(NOT_KEPT.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll("-"));
  }

  /** Accents dropped (é → e), ligatures spelled out (œ → oe), anything else not ASCII a dash. */
  static String ascii(String name) {
    String decomposed = Normalizer.normalize(spelledOut(name), Normalizer.Form.NFD);
    return named(NOT_ASCII_KEPT.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("-"));
  }

  /** The letters that Unicode does not decompose into a base letter and a mark. */
  private static String spelledOut(String name) {
    return name.replace("œ", "oe")
        .replace("Œ", "OE")
        .replace("æ", "ae")
        .replace("Æ", "AE")
        .replace("ß", "ss")
        .replace("ø", "o")
        .replace("Ø", "O");
  }

  /** A name with neither letter nor digit ("", "-", "..") would be no folder, or the parent. */
  private static String named(String cleaned) {
    return LETTER_OR_DIGIT.matcher(cleaned).find() ? cleaned : UNNAMED;
  }

  /** The charset Java writes file names in; ASCII, the safest, when it is not known. */
  private static Charset fileNameCharset() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding", "US-ASCII"));
    } catch (IllegalArgumentException e) {
      return StandardCharsets.US_ASCII;
    }
  }
}
