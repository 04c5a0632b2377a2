package badaboum.decide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The full coverage study, run on demand (it takes minutes): {@code mvn test
 * -Dtest=CoverageStudyRun -Dbadaboum.coverage=50} fits 50 histories of two keys each (100
 * intervals) and writes target/calibration-coverage.csv.
 */
class CoverageStudyRun {
  @Test
  void coverageOfTheNinetyPercentIntervals() throws IOException {
    String n = System.getProperty("badaboum.coverage");
    Assumptions.assumeTrue(n != null, "run with -Dbadaboum.coverage=N");
    Path out = Path.of("target/calibration-coverage.csv");
    Files.writeString(
        out,
        "case,key,truth,estimate,lower,upper,covered,identified,fit_nrmse,forecast_nrmse,"
            + "true_values_forecast_nrmse\n");
    List<CoverageStudy.Case> cases =
        CoverageStudy.run(
            Integer.parseInt(n),
            Calibration.Settings.defaults(5),
            20,
            Long.getLong("badaboum.coverage.seed", 14L),
            line -> {
              try {
                Files.writeString(out, line + "\n", StandardOpenOption.APPEND);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    System.out.print(CoverageStudy.summary(cases));
  }
}
