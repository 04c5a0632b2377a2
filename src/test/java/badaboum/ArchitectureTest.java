package badaboum;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dependency arrows of CONVENTIONS.md as an allow-list: each package of badaboum names the
 * packages of badaboum and the libraries it may import (the JDK's {@code java..} is open to all but
 * {@code analysis}'s files). A package that is not listed here is refused until it says what it may
 * import.
 */
@AnalyzeClasses(packages = "badaboum", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * What a package may import: packages of badaboum (a name such as {@code sweep.design} allows
   * that sub-package only) and library prefixes.
   */
  record Allowed(List<String> badaboum, List<String> libraries) {}

  static final Map<String, Allowed> ALLOWED =
      Map.ofEntries(
          Map.entry(
              "scenario",
              new Allowed(List.of(), List.of("com.fasterxml.jackson.", "org.yaml.snakeyaml."))),
          Map.entry("result", new Allowed(List.of(), List.of())),
          // the words a person reads and their numbers: the JDK only, so any layer that speaks
          // to a person (report, cli, gui) may use it
          Map.entry("language", new Allowed(List.of(), List.of())),
          Map.entry(
              "model",
              new Allowed(
                  List.of("scenario", "result"),
                  List.of("ec.util.", "sim.util.", "sim.field.", "org.apache.commons.math3."))),
          Map.entry(
              "engine",
              new Allowed(
                  List.of("model", "scenario", "result"),
                  List.of("sim.engine.", "sim.util.", "ec.util."))),
          Map.entry(
              "sweep",
              new Allowed(
                  List.of("engine", "scenario", "result"),
                  List.of("org.apache.commons.math3.", "ec.util."))),
          // pure statistics: no file, no simulation (and no java.io: see below)
          Map.entry("analysis", new Allowed(List.of(), List.of("org.apache.commons.math3."))),
          // owns the results folder: runs sweeps through sweep's executors, aggregates with
          // analysis, and of engine only uses the memory estimate for its messages
          Map.entry(
              "results",
              new Allowed(
                  List.of("result", "scenario", "sweep", "analysis", "engine"),
                  List.of("com.fasterxml.jackson."))),
          // report -> sweep: only sweep.design, decided: the report reads the design's points
          // from points.csv and lets the design regroup its outputs; it never expands a design.
          Map.entry(
              "report",
              new Allowed(
                  List.of("results", "result", "analysis", "sweep.design", "language"),
                  List.of("org.jfree.", "com.fasterxml.jackson."))),
          // gui -> report: refused, decided: the console shows a live run, never a results folder.
          Map.entry(
              "gui",
              new Allowed(
                  List.of("engine", "model", "scenario", "result", "language"),
                  List.of("sim.", "ec.util.", "org.jfree.", "javax."))),
          // the command line wires everything; Spark only by name (ServiceLoader)
          Map.entry(
              "cli",
              new Allowed(
                  List.of(
                      "scenario",
                      "result",
                      "model",
                      "engine",
                      "sweep",
                      "analysis",
                      "results",
                      "report",
                      "gui",
                      "language"),
                  List.of("picocli.", "javax."))),
          // built with -Pspark: runs the sweep's runs and nothing else
          Map.entry(
              "spark",
              new Allowed(
                  List.of("sweep", "engine", "result", "scenario"),
                  List.of("org.apache.spark.", "org.slf4j.", "scala."))));

  /**
   * Single classes a package may use from a package it may not import. The report takes what a
   * scenario's primary metric means (its runs.csv column, its words, whether more is better) from
   * the one enum that declares it rather than from a copy; it still reads the scenario as a YAML
   * tree and never loads one.
   */
  static final Map<String, Set<String>> ALLOWED_CLASSES =
      Map.of(
          "report",
          Set.of("badaboum.scenario.VerdictMetric", "badaboum.scenario.VerdictSpec$Over"));

  /** JDK packages that the statistics may not touch: they do no input or output. */
  static final Set<String> NOT_FOR_ANALYSIS = Set.of("java.io", "java.nio.file");

  @ArchTest
  static void everyPackageImportsOnlyWhatItsEntryAllows(JavaClasses classes) {
    Set<String> problems = new TreeSet<>();
    for (JavaClass type : classes) {
      String from = slice(type.getPackageName());
      Allowed allowed = ALLOWED.get(from);
      if (allowed == null) {
        problems.add(
            "package badaboum."
                + from
                + " has no entry in ArchitectureTest.ALLOWED: say what it may import");
        continue;
      }
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        JavaClass target = dependency.getTargetClass().getBaseComponentType();
        if (!permitted(from, allowed, target.getPackageName())
            && !ALLOWED_CLASSES.getOrDefault(from, Set.of()).contains(target.getName())) {
          problems.add(
              "badaboum."
                  + from
                  + " may not import "
                  + target.getPackageName()
                  + ": "
                  + dependency.getDescription());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  static boolean permitted(String from, Allowed allowed, String target) {
    if (target.isEmpty() || target.equals("java.lang")) {
      return true; // primitives and the language itself
    }
    if (target.startsWith("java.")) {
      return !(from.equals("analysis")
          && NOT_FOR_ANALYSIS.stream().anyMatch(p -> (target + ".").startsWith(p + ".")));
    }
    if (target.equals("badaboum") || target.startsWith("badaboum.")) {
      String to = target.substring(Math.min(target.length(), "badaboum.".length()));
      return slice(target).equals(from)
          || allowed.badaboum().stream().anyMatch(p -> to.equals(p) || to.startsWith(p + "."));
    }
    return allowed.libraries().stream().anyMatch(p -> (target + ".").startsWith(p));
  }

  /** {@code model} for badaboum.model.network. */
  static String slice(String packageName) {
    String rest = packageName.equals("badaboum") ? "" : packageName.substring("badaboum.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("badaboum.(*)..").should().beFreeOfCycles();
}
