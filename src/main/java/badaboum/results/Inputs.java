package badaboum.results;

import badaboum.scenario.Scenario;
import badaboum.scenario.SweepSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inputs of a sweep and their SHA-256: the scenario as given and the effective scenario (as the
 * folder holds them), and every data file the scenario names. A resume or a retry checks them
 * first, so that runs recorded from one input are never mixed with runs of another.
 */
final class Inputs {
  static final String SCENARIO = "scenario";
  static final String EFFECTIVE = "effective";
  static final String DATA = "data";

  private Inputs() {}

  /** The inputs of a sweep that starts, with the texts it writes into its folder. */
  static List<Manifest.Input> of(String given, String effective, Scenario scenario) {
    List<Manifest.Input> inputs = new ArrayList<>();
    inputs.add(new Manifest.Input(SCENARIO, ResultsFile.SCENARIO.fileName(), sha256(given)));
    inputs.add(new Manifest.Input(EFFECTIVE, ResultsFile.EFFECTIVE.fileName(), sha256(effective)));
    for (Path file : dataFiles(scenario)) {
      inputs.add(new Manifest.Input(DATA, file.toString(), sha256(file)));
    }
    return inputs;
  }

  /**
   * Every data file the scenario names: the values of its keys named {@code file} (data-file paths
   * are absolute in the effective scenario), and the levels of a varied {@code ...file} key.
   */
  static List<Path> dataFiles(Scenario scenario) {
    Set<Path> files = new LinkedHashSet<>();
    collect(scenario.effective(), files);
    Path base = Path.of(scenario.source().label()).toAbsolutePath().getParent();
    for (SweepSpec.Factor factor : scenario.sweep().factors()) {
      if (factor.path().endsWith("file") && factor.kind() == SweepSpec.Kind.LEVELS) {
        for (Object level : factor.levels()) {
          Path file = Path.of(String.valueOf(level));
          files.add(file.isAbsolute() || base == null ? file : base.resolve(file).normalize());
        }
      }
    }
    return List.copyOf(files);
  }

  private static void collect(Object node, Set<Path> files) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if ("file".equals(entry.getKey()) && entry.getValue() instanceof String path) {
          files.add(Path.of(path));
        } else {
          collect(entry.getValue(), files);
        }
      }
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collect(item, files));
    }
  }

  /**
   * Refuses to go on with the sweep in {@code folder} when an input changed since it started,
   * naming the file and what to do.
   *
   * @throws ResultsException for the first input that changed or is missing
   */
  static void requireUnchanged(Path folder, Manifest manifest, String action) {
    for (Manifest.Input input : manifest.inputs()) {
      boolean data = input.role().equals(DATA);
      Path file = data ? Path.of(input.file()) : folder.resolve(input.file());
      String now;
      try {
        now = sha256(file);
      } catch (UncheckedIOException e) {
        if (!(e.getCause() instanceof NoSuchFileException)) {
          throw e;
        }
        now = null;
      }
      if (input.sha256().equals(now)) {
        continue;
      }
      String what =
          data
              ? file + ", a data file of the scenario,"
              : file + (input.role().equals(EFFECTIVE) ? ", which " + action + " runs from," : "");
      String change =
          now == null
              ? " is missing"
              : " changed since the sweep started (SHA-256 "
                  + abbreviate(input.sha256())
                  + " then, "
                  + abbreviate(now)
                  + " now)";
      throw new ResultsException(
          "cannot "
              + action
              + " "
              + folder
              + ": "
              + what
              + change
              + ". The runs recorded used the old file; mixing them with runs of another would"
              + " give results that belong to neither. Put the original file back and "
              + action
              + " again, or start a new sweep with the new one (with another --out)");
    }
  }

  private static String abbreviate(String sha) {
    return sha.substring(0, 12) + "...";
  }

  static String sha256(String text) {
    return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  static String sha256(Path file) {
    MessageDigest digest = digest();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
