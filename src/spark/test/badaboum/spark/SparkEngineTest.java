package badaboum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import badaboum.sweep.ExecutorException;
import org.junit.jupiter.api.Test;

/** The Spark and Scala that badaboum-spark.jar runs on. */
class SparkEngineTest {

  @Test
  void theBuildsSparkIsTheOneItSaysItIsBuiltFor() {
    assertThat(org.apache.spark.package$.MODULE$.SPARK_VERSION())
        .startsWith(SparkEngine.BUILT_FOR_SPARK + ".");
    assertThat(scala.util.Properties$.MODULE$.versionNumberString())
        .startsWith(SparkEngine.BUILT_FOR_SCALA + ".");
  }

  @Test
  void spark4WithScala213Runs() {
    SparkEngine.requireSupported("4.0.4", "2.13.16");
    SparkEngine.requireSupported("4.1.0", "2.13.17"); // with a warning: built for 4.0
  }

  @Test
  void spark35OrScala212IsRefusedSayingWhatIsNeeded() {
    assertThatThrownBy(() -> SparkEngine.requireSupported("3.5.5", "2.12.18"))
        .isInstanceOf(ExecutorException.class)
        .hasMessage(
            "badaboum-spark.jar is built for Spark 4.0 with Scala 2.13, and this JVM has Spark"
                + " 3.5.5 with Scala 2.12.18: run it on a Spark 4.0 runtime (Scala 2.13), or use"
                + " ./badaboum sweep on one machine (README: Sweeps on Spark)");
    assertThatThrownBy(() -> SparkEngine.requireSupported("3.5.2", "2.13.12"))
        .hasMessageContaining("this JVM has Spark 3.5.2 with Scala 2.13.12");
    assertThatThrownBy(() -> SparkEngine.requireSupported("4.0.0", "2.12.18"))
        .hasMessageContaining("this JVM has Spark 4.0.0 with Scala 2.12.18");
  }
}
