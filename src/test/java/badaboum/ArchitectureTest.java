package badaboum;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the dependency arrows of CONVENTIONS.md pointing one way. */
@AnalyzeClasses(packages = "badaboum", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule scenarioImportsOnlyTheJdkAndYaml =
      classes()
          .that()
          .resideInAPackage("badaboum.scenario..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "badaboum.scenario..", "java..", "com.fasterxml.jackson..", "org.yaml.snakeyaml..");

  @ArchTest
  static final ArchRule resultImportsOnlyTheJdk =
      classes()
          .that()
          .resideInAPackage("badaboum.result..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("badaboum.result..", "java..");

  @ArchTest
  static final ArchRule modelKnowsNothingAboveIt =
      noClasses()
          .that()
          .resideInAPackage("badaboum.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "badaboum.engine..",
              "badaboum.sweep..",
              "badaboum.analysis..",
              "badaboum.report..",
              "badaboum.cli..",
              "badaboum.gui..",
              "sim.engine..",
              "sim.display..",
              "sim.portrayal..");

  @ArchTest
  static final ArchRule engineKnowsNothingAboveIt =
      noClasses()
          .that()
          .resideInAPackage("badaboum.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "badaboum.sweep..",
              "badaboum.analysis..",
              "badaboum.report..",
              "badaboum.cli..",
              "badaboum.gui..");

  @ArchTest
  static final ArchRule sweepDoesNotReachIntoTheModelOrAbove =
      noClasses()
          .that()
          .resideInAPackage("badaboum.sweep..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "badaboum.model..",
              "badaboum.analysis..",
              "badaboum.report..",
              "badaboum.cli..",
              "badaboum.gui..");

  @ArchTest
  static final ArchRule analysisIsPureStatistics =
      noClasses()
          .that()
          .resideInAPackage("badaboum.analysis..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "badaboum.model..",
              "badaboum.engine..",
              "badaboum.sweep..",
              "badaboum.report..",
              "badaboum.cli..",
              "badaboum.gui..",
              "java.io..",
              "java.nio.file..",
              "sim..");

  @ArchTest
  static final ArchRule reportNeverRunsASimulation =
      noClasses()
          .that()
          .resideInAPackage("badaboum.report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "badaboum.model..", "badaboum.engine..", "badaboum.cli..", "badaboum.gui..");

  @ArchTest
  static final ArchRule onlyTheCommandLineUsesTheGui =
      noClasses()
          .that()
          .resideOutsideOfPackages("badaboum.gui..", "badaboum.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("badaboum.gui..");

  /** The Spark executor (built with -Pspark): only the command line wires it, and only by name. */
  @ArchTest
  static final ArchRule onlyTheCommandLineMayUseSpark =
      noClasses()
          .that()
          .resideOutsideOfPackages("badaboum.spark..", "badaboum.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("badaboum.spark..");

  @ArchTest
  static final ArchRule sparkRunsTheSweepsRunsAndNothingElse =
      classes()
          .that()
          .resideInAPackage("badaboum.spark..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "badaboum.spark..",
              "badaboum.sweep..",
              "badaboum.engine..",
              "badaboum.result..",
              "badaboum.scenario..",
              "java..",
              "org.apache.spark..",
              "org.slf4j..",
              "scala..")
          .allowEmptyShould(true); // the default build has no badaboum.spark

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("badaboum.(*)..").should().beFreeOfCycles();
}
