package badaboum.results;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.result.RunStatus;
import badaboum.result.SummaryMetric;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunsCsvTest {
  final RunsCsv csv = new RunsCsv(SweepFixtures.LAYOUT);

  @Test
  void headerAndRowsHaveTheSameColumns() {
    List<String> header = Csv.fields(csv.header().strip());
    assertThat(header)
        .startsWith(
            "run_id",
            "point",
            "arm",
            "replicate",
            "seed",
            "audience.discovery",
            "kpi",
            "status",
            "error",
            "peak_fans")
        .hasSize(csv.width())
        .endsWith("active_after_cancel");
    assertThat(header).hasSize(9 + SummaryMetric.values().length);
    for (long id = 0; id < 24; id++) {
      assertThat(Csv.fields(csv.row(SweepFixtures.ok(id, false)).strip())).hasSize(csv.width());
      assertThat(Csv.fields(csv.row(SweepFixtures.failed(id)).strip())).hasSize(csv.width());
    }
  }

  @Test
  void aRowSaysWhichRunItIsWhatWasVariedAndHowItEnded() {
    assertThat(csv.row(SweepFixtures.ok(9, false)))
        .startsWith("9,1,boum,0,1000,0.002,\"active, members\",ok,,");
    assertThat(csv.row(SweepFixtures.failed(2)))
        .isEqualTo(
            "2,0,steady,1,1001,0.001,fans,failed,\"IllegalStateException: boom, \"\"quoted\"\""
                + " (at X.java:1)\""
                + ",".repeat(SummaryMetric.values().length)
                + "\n");
  }

  @Test
  void rowsReadBack() {
    String line = csv.row(SweepFixtures.failed(2)).strip();
    RunsCsv.Row row = csv.parse(line);
    assertThat(row.runId()).isEqualTo(2);
    assertThat(row.status()).isEqualTo(RunStatus.FAILED);
    assertThat(row.error()).isEqualTo("IllegalStateException: boom, \"quoted\" (at X.java:1)");
    assertThat(row.values()).containsExactly("0.001", "fans");
    assertThat(row.seed()).isEqualTo(1001);
    assertThat(row.summary()).hasSize(SummaryMetric.values().length).containsOnly("");
  }

  @Test
  void aHalfWrittenRowIsNotARow() {
    String line = csv.row(SweepFixtures.ok(5, false)).strip();
    for (int cut = 0; cut < line.length(); cut++) {
      if (line.charAt(cut) == ',') {
        assertThat(csv.parse(line.substring(0, cut))).as("cut at %d", cut).isNull();
      }
    }
    assertThat(csv.parse("x" + line)).isNull();
    assertThat(csv.parse(line.replace(",ok,", ",maybe,"))).isNull();
  }

  @Test
  void variedNumbersAreWrittenExactly() {
    assertThat(RunsCsv.value(0.35)).isEqualTo("0.35");
    assertThat(RunsCsv.value(1.0)).isEqualTo("1.0");
    assertThat(RunsCsv.value(1e-7)).isEqualTo("0.0000001");
    assertThat(RunsCsv.value(3L)).isEqualTo("3");
    assertThat(RunsCsv.value(true)).isEqualTo("true");
    double awkward = 0.1 + 0.2;
    assertThat(Double.parseDouble(RunsCsv.value(awkward))).isEqualTo(awkward);
    double sampled = 0.013371234567891234;
    assertThat(Double.parseDouble(RunsCsv.value(sampled))).isEqualTo(sampled);
  }
}
