package badaboum.decide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What an optimisation searches, as search.json keeps it so that {@code --resume} asks for the same
 * plans: the arm, the knobs with their ranges, the objective, the budget and the search's settings.
 *
 * @param knobs each as {@code PATH=LOW:HIGH}, exactly
 * @param budget the most mean spend; null for none
 */
public record SearchSpec(
    String arm,
    List<String> knobs,
    String objective,
    boolean maximise,
    Double budget,
    int replications,
    int evaluations,
    String method,
    double sigma,
    long seed) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public SearchSpec {
    knobs = List.copyOf(knobs);
  }

  public void write(Path file) {
    try {
      badaboum.results.AtomicWrite.text(file, JSON.writeValueAsString(this) + "\n");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads search.json back.
   *
   * @throws IllegalStateException when it is missing or unreadable
   */
  public static SearchSpec read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file.getParent()
              + " has no "
              + file.getFileName()
              + ": it is not an optimisation's folder");
    }
    try {
      return JSON.readValue(file.toFile(), SearchSpec.class);
    } catch (IOException e) {
      throw new IllegalStateException(file + " cannot be read: " + e.getMessage());
    }
  }

  public List<Knob> parsedKnobs() {
    return knobs.stream().map(Knob::parse).toList();
  }

  public Search.Settings settings() {
    return new Search.Settings(
        Search.Method.valueOf(method.toUpperCase(java.util.Locale.ROOT)), evaluations, sigma, seed);
  }

  public Objective parsedObjective() {
    return Objective.parse(objective, maximise);
  }

  /** A knob as search.json writes it. */
  public static String spec(Knob knob) {
    return knob.path() + "=" + RoundTrip.plain(knob.low()) + ":" + RoundTrip.plain(knob.high());
  }
}
