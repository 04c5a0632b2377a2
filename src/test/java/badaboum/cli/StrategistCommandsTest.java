package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's worked example wired end to end through the command line, on small settings:
 * calibrate the example page's export, optimise on the calibrated scenario under a budget, and a
 * bad history refused with its line and column.
 */
class StrategistCommandsTest {
  static final Path PAGE = Path.of("examples/strategist/page.yaml");
  static final Path HISTORY = Path.of("examples/strategist/history.csv");

  @TempDir Path dir;

  StringWriter out;
  StringWriter err;

  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void theExampleCalibratesThenOptimisesUnderItsBudget() throws Exception {
    Path calibrate = dir.resolve("calibrate");
    assertThat(
            run(
                "calibrate",
                PAGE.toString(),
                "--arm",
                "steady",
                "--data",
                HISTORY.toString(),
                "--fit",
                "audience.discovery=0.0005:0.01",
                "--holdout-days",
                "20",
                "--replications",
                "2",
                "--evaluations",
                "12",
                "--samples",
                "40",
                "--quiet",
                "--lang",
                "fr",
                "--out",
                calibrate.toString()))
        .as(err.toString())
        .isZero();
    // the export's columns were recognised: one error per column, the forecast's included
    assertThat(out.toString())
        .contains("audience.discovery")
        .contains("followers\u00a0: RMSE normalisée ")
        .contains("reactions\u00a0: RMSE normalisée ")
        .contains("sur les jours mis de côté");
    assertThat(Files.readAllLines(calibrate.resolve("calibration.csv")))
        .first()
        .isEqualTo(
            "parameter,estimate,lower,upper,range_low,range_high,scale,interval_share,identified");
    assertThat(Files.readString(calibrate.resolve("calibration.csv")))
        .contains("fit_nrmse.followers,")
        .contains("forecast_nrmse.unfollows,");
    assertThat(Files.readString(calibrate.resolve("calibration.html")))
        .contains("<html lang=\"fr\">")
        .contains("L&#39;historique face au modèle ajusté");

    Path optimise = dir.resolve("optimise");
    assertThat(
            run(
                "optimise",
                calibrate.resolve("calibrated.yaml").toString(),
                "--arm",
                "steady",
                "--vary",
                "community_manager.hours_per_week=5:40",
                "--objective",
                "final_active",
                "--budget",
                "9000",
                "--replications",
                "3",
                "--evaluations",
                "8",
                "--quiet",
                "--out",
                optimise.toString()))
        .as(err.toString())
        .isZero();
    // the manager's hours are the only spend: 35 an hour over 120 days, so 9,000 allows 15 a week
    assertThat(out.toString()).containsPattern("mean spend [0-8],[0-9]{3}\\b");
    assertThat(Files.readString(optimise.resolve("optimisation.csv")))
        .startsWith(
            "evaluation,strategies.steady.community_manager.hours_per_week,status,error,runs,"
                + "objective_mean,objective_ci95_low,objective_ci95_high,spend_mean,");
    assertThat(Files.readString(optimise.resolve("best.yaml"))).contains("steady-optimised:");
    assertThat(Files.readString(optimise.resolve("optimisation.html")))
        .contains("Cost against outcome")
        .contains("The vertical line is the budget.");
  }

  @Test
  void aBadCellOfTheHistoryIsRefusedWithItsLineAndColumn() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "day,followers\n0,10\n1,ten\n");
    assertThat(
            run(
                "calibrate",
                PAGE.toString(),
                "--arm",
                "steady",
                "--data",
                bad.toString(),
                "--fit",
                "audience.discovery=0.0005:0.01",
                "--out",
                dir.resolve("never").toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("bad.csv:3:2");
    assertThat(dir.resolve("never")).doesNotExist();
  }
}
