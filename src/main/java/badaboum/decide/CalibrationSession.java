package badaboum.decide;

import badaboum.language.Messages;
import badaboum.report.CalibrationPage;
import badaboum.results.AtomicWrite;
import badaboum.results.Csv;
import badaboum.results.ResultsFile;
import badaboum.results.ResultsFolder;
import badaboum.scenario.EffectiveYaml;
import badaboum.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A calibration's folder: the scenario and the history as given, then calibration.csv,
 * calibrated.yaml and calibration.html.
 *
 * <p>calibration.csv: {@code parameter, estimate, lower, upper} (the 90% interval), {@code
 * range_low, range_high, scale} (linear or log), {@code interval_share} (the interval's width ÷ the
 * range's, on that scale) and {@code identified} (1, or 0 when the share exceeds the threshold);
 * then one row per history column, {@code fit_nrmse.COLUMN}, and with days held out {@code
 * forecast_nrmse.COLUMN}, the value in {@code estimate}.
 */
public final class CalibrationSession {
  static final List<String> COLUMNS =
      List.of(
          "parameter",
          "estimate",
          "lower",
          "upper",
          "range_low",
          "range_high",
          "scale",
          "interval_share",
          "identified");

  private CalibrationSession() {}

  /** What was written, with the calibration. */
  public record Written(Calibration.Result result, List<Path> files) {}

  /**
   * Runs a calibration and writes its folder.
   *
   * @param historyFile the history as given, copied into the folder
   */
  public static Written run(
      Path folder,
      Scenario scenario,
      Path historyFile,
      Calibration calibration,
      String arm,
      String command,
      Messages messages) {
    ResultsFolder.create(folder);
    AtomicWrite.text(ResultsFile.SCENARIO.in(folder), scenario.source().text());
    try {
      Files.copy(historyFile, ResultsFile.HISTORY.in(folder));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + historyFile + " into " + folder, e);
    }
    Calibration.Result r = calibration.run();
    List<Path> files = new ArrayList<>();
    files.add(write(folder, ResultsFile.CALIBRATION, csv(r)));
    files.add(
        write(
            folder,
            ResultsFile.CALIBRATED,
            "# "
                + scenario.name()
                + " with the keys fitted to "
                + historyFile.getFileName()
                + " (calibration.csv): badaboum sweep calibrated.yaml\n"
                + EffectiveYaml.write(r.calibrated())));
    files.add(
        write(
            folder,
            ResultsFile.CALIBRATION_PAGE,
            CalibrationPage.render(
                page(r, scenario, arm, historyFile, command, messages), messages)));
    return new Written(r, files);
  }

  static String csv(Calibration.Result r) {
    StringBuilder out = new StringBuilder(Csv.row(COLUMNS));
    for (Calibration.Fitted f : r.keys()) {
      Knob k = f.knob();
      out.append(
          Csv.row(
              List.of(
                  Csv.text(k.path()),
                  Csv.number(f.estimate()),
                  Csv.number(f.lower()),
                  Csv.number(f.upper()),
                  Csv.number(k.low()),
                  Csv.number(k.high()),
                  k.log() ? "log" : "linear",
                  Csv.number(f.share()),
                  f.identified() ? "1" : "0")));
    }
    for (Calibration.Column c : r.columns()) {
      out.append(metricRow("fit_nrmse." + c.column().column(), c.fitNrmse()));
    }
    if (r.fitLast() < r.lastDay()) {
      for (Calibration.Column c : r.columns()) {
        out.append(metricRow("forecast_nrmse." + c.column().column(), c.forecastNrmse()));
      }
    }
    return out.toString();
  }

  private static String metricRow(String name, double value) {
    List<String> cells = new ArrayList<>(List.of(name, Csv.number(value)));
    while (cells.size() < COLUMNS.size()) {
      cells.add("");
    }
    return Csv.row(cells);
  }

  private static CalibrationPage.Input page(
      Calibration.Result r,
      Scenario scenario,
      String arm,
      Path historyFile,
      String command,
      Messages messages) {
    List<CalibrationPage.Key> keys = new ArrayList<>();
    for (Calibration.Fitted f : r.keys()) {
      keys.add(
          new CalibrationPage.Key(
              f.knob().path(),
              f.estimate(),
              f.lower(),
              f.upper(),
              f.knob().rangeText(messages),
              f.share(),
              f.identified()));
    }
    List<CalibrationPage.Column> columns = new ArrayList<>();
    for (Calibration.Column c : r.columns()) {
      columns.add(
          new CalibrationPage.Column(
              c.column().column(),
              c.data(),
              c.mean(),
              c.low(),
              c.high(),
              c.fitNrmse(),
              c.forecastNrmse()));
    }
    return new CalibrationPage.Input(
        scenario.name(),
        arm,
        historyFile.getFileName().toString(),
        r.start(),
        r.fitLast(),
        r.lastDay(),
        keys,
        columns,
        r.method(),
        r.runs(),
        command);
  }

  private static Path write(Path folder, ResultsFile file, String text) {
    Path path = file.in(folder);
    AtomicWrite.text(path, text);
    return path;
  }
}
