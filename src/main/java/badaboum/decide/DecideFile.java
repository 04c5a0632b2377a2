package badaboum.decide;

import java.nio.file.Path;

/**
 * The files of a calibration's and an optimisation's folders, named here and nowhere else (the
 * scenario files are the results folders' own, {@code badaboum.results.ResultsFile}).
 */
public enum DecideFile {
  HISTORY("history.csv", "the page's history as given"),
  CALIBRATION(
      "calibration.csv", "each fitted key's estimate and 90% interval, and the fit's error"),
  CALIBRATED("calibrated.yaml", "the scenario with the estimates filled in"),
  CALIBRATION_PAGE("calibration.html", "the data against the fitted model, and the intervals"),
  SEARCH("search.json", "what the optimisation searches, to resume it"),
  OPTIMISATION("optimisation.csv", "every plan evaluated: the resume journal"),
  BEST("best.yaml", "the scenario with the best plan as a new arm"),
  OPTIMISATION_PAGE("optimisation.html", "cost against outcome of every plan evaluated");

  private final String fileName;
  private final String what;

  DecideFile(String fileName, String what) {
    this.fileName = fileName;
    this.what = what;
  }

  public String fileName() {
    return fileName;
  }

  public String what() {
    return what;
  }

  public Path in(Path folder) {
    return folder.resolve(fileName);
  }

  @Override
  public String toString() {
    return fileName;
  }
}
