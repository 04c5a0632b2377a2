package badaboum.report;

import java.nio.file.Path;

/** {@link ReportChecks} for the tests of other packages (the command line's). */
public final class ReportChecksAccess {
  private ReportChecksAccess() {}

  public static int verdictMatchesFiles(Path folder) throws Exception {
    return ReportChecks.verdictMatchesFiles(folder);
  }

  public static void selfContained(Path html, java.util.List<String> charts) throws Exception {
    ReportChecks.selfContained(html, charts);
  }

  public static java.util.List<String> charts() {
    return ReportChecks.CHARTS;
  }
}
