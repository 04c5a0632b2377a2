package badaboum.cli;

/**
 * The entry point of {@code target/badaboum-spark.jar} for {@code spark-submit}: the badaboum
 * command line, whose sweeps run on Spark unless given {@code --engine local}.
 */
public final class SparkMain {
  /** The system property that {@code sweep --engine} defaults to. */
  static final String ENGINE_PROPERTY = "badaboum.engine";

  private SparkMain() {}

  public static void main(String[] args) {
    System.setProperty(ENGINE_PROPERTY, Engines.SPARK);
    Main.main(args);
  }
}
