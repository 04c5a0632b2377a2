package badaboum.cli;

/** What to say when the system's locale cannot write a file name. */
final class LocaleAdvice {
  private LocaleAdvice() {}

  static String unencodable(String path) {
    return "'"
        + path
        + "' has characters that this system's locale ("
        + System.getProperty("sun.jnu.encoding", "unknown")
        + ") cannot write in a file name; run badaboum under a UTF-8 locale, e.g. LANG=C.UTF-8"
        + " (the ./badaboum script chooses one itself), or rename the file";
  }
}
