package badaboum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import badaboum.sweep.ExecutorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which masters get badaboum's jar in spark.jars, and when the executors could not load it. */
class ClusterJarTest {
  @TempDir Path dir;

  final SparkConf conf = new SparkConf(false);

  @Test
  void inProcessMastersNeedNoJar() throws IOException {
    Path jar = Files.createFile(dir.resolve("badaboum-spark.jar"));
    for (String master : new String[] {"local", "local[2]", "local[*]", "local[2,3]"}) {
      assertThat(ClusterJar.inProcess(master)).as(master).isTrue();
      assertThat(ClusterJar.ship(conf, master, jar)).isNull();
      assertThat(ClusterJar.ship(conf, master, dir)).as("a classes folder too").isNull();
    }
    assertThat(conf.contains(ClusterJar.JARS)).isFalse();
  }

  @Test
  void aClusterGetsTheJarThisClassCameFrom() throws IOException {
    Path jar = Files.createFile(dir.resolve("badaboum-spark.jar"));
    for (String master :
        new String[] {
          "spark://head:7077", "yarn", "k8s://https://api:443", "local-cluster[2,1,1024]"
        }) {
      SparkConf fresh = new SparkConf(false);
      assertThat(ClusterJar.inProcess(master)).as(master).isFalse();
      assertThat(ClusterJar.ship(fresh, master, jar)).isEqualTo(jar.toAbsolutePath());
      assertThat(fresh.get(ClusterJar.JARS)).isEqualTo(jar.toAbsolutePath().toString());
    }
  }

  @Test
  void otherJarsAreKeptAndSparkSubmitsEntryIsNotRepeated() throws IOException {
    Path jar = Files.createFile(dir.resolve("badaboum-spark.jar"));
    conf.set(ClusterJar.JARS, "/opt/extra.jar, hdfs:///libs/other.jar");
    ClusterJar.ship(conf, "spark://head:7077", jar);
    assertThat(conf.get(ClusterJar.JARS))
        .isEqualTo("/opt/extra.jar,hdfs:///libs/other.jar," + jar.toAbsolutePath());

    SparkConf submitted = new SparkConf(false);
    submitted.set(ClusterJar.JARS, "file:/home/me/badaboum/target/badaboum-spark.jar");
    assertThat(ClusterJar.ship(submitted, "spark://head:7077", jar)).isNull();
    assertThat(submitted.get(ClusterJar.JARS))
        .isEqualTo("file:/home/me/badaboum/target/badaboum-spark.jar");
  }

  @Test
  void classesOutsideAJarAreRefusedForAClusterUnlessTheUserSaysWhereTheyAre() {
    assertThatThrownBy(() -> ClusterJar.ship(conf, "spark://head:7077", dir))
        .isInstanceOf(ExecutorException.class)
        .hasMessage(
            "badaboum runs from the folder "
                + dir
                + ", not from a jar, so the executors of spark://head:7077 could not load its"
                + " classes: build target/badaboum-spark.jar with mvn -Pspark package and run that"
                + " (./badaboum-spark or spark-submit), or set spark.jars (README: Sweeps on"
                + " Spark)");
    assertThatThrownBy(() -> ClusterJar.ship(conf, "yarn", null))
        .hasMessageStartingWith("badaboum runs from classes of unknown origin, not from a jar");

    conf.set(ClusterJar.EXECUTOR_CLASS_PATH, "/shared/badaboum/classes");
    assertThat(ClusterJar.ship(conf, "spark://head:7077", dir)).isNull();
    assertThat(conf.contains(ClusterJar.JARS)).isFalse();
  }

  @Test
  void theTestsRunFromAClassesFolder() {
    // so the refusal above is what a developer's IDE gets on a cluster master
    assertThat(ClusterJar.ownLocation()).isDirectory();
  }
}
