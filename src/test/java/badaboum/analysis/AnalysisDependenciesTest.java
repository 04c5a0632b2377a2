package badaboum.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The statistics layer stays pure: JDK and Commons Math only, and no file I/O. */
class AnalysisDependenciesTest {

  private static final JavaClasses ANALYSIS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("badaboum.analysis");

  @Test
  void importsOnlyTheJdkAndCommonsMath() {
    noClasses()
        .that()
        .resideInAPackage("badaboum.analysis..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "org.apache.commons.math3..", "badaboum.analysis..")
        .check(ANALYSIS);
  }

  @Test
  void doesNoFileOrConsoleIo() {
    noClasses()
        .that()
        .resideInAPackage("badaboum.analysis..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.io..", "java.nio..")
        .check(ANALYSIS);
  }
}
