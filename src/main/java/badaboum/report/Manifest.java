package badaboum.report;

import badaboum.result.SweepLayout;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * manifest.json: what a sweep is (version, git commit, Java version, scenario, master seed, design,
 * arms, replications, runs) and where it stands: {@code status} is {@code running} while a session
 * works on it (or when one was killed: resume it), {@code interrupted} when a session stopped on an
 * error, {@code complete} when every run is recorded ok, {@code complete_with_failures} when every
 * run is recorded and some failed. Each session (the sweep, each resume or retry) is listed with
 * its threads, start and end. Written whole each time (aside, then moved).
 */
public final class Manifest {
  public static final String FILE = "manifest.json";
  public static final String RUNNING = "running";
  public static final String INTERRUPTED = "interrupted";
  public static final String COMPLETE = "complete";
  public static final String COMPLETE_WITH_FAILURES = "complete_with_failures";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root;

  private Manifest(ObjectNode root) {
    this.root = root;
  }

  /** What the sweep is, as it starts. */
  public record Sweep(
      String version,
      String gitCommit,
      String scenario,
      String scenarioFile,
      long masterSeed,
      String design,
      int points,
      List<String> varied,
      List<String> arms,
      int replications,
      int days,
      long runs,
      boolean traces) {}

  public static Manifest create(Sweep sweep, Instant started) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", 1);
    root.put("badaboum_version", sweep.version());
    root.put("git_commit", sweep.gitCommit());
    root.put("java_version", System.getProperty("java.version"));
    root.put("scenario", sweep.scenario());
    root.put("scenario_file", sweep.scenarioFile());
    root.put("master_seed", sweep.masterSeed());
    ObjectNode design = root.putObject("design");
    design.put("name", sweep.design());
    design.put("points", sweep.points());
    ArrayNode varied = design.putArray("varied");
    sweep.varied().forEach(varied::add);
    ArrayNode arms = root.putArray("arms");
    sweep.arms().forEach(arms::add);
    root.put("replications", sweep.replications());
    root.put("days", sweep.days());
    root.put("runs", sweep.runs());
    root.put("traces", sweep.traces());
    root.put("started", started.toString());
    root.putNull("ended");
    root.put("status", RUNNING);
    ObjectNode counts = root.putObject("counts");
    counts.put("ok", 0);
    counts.put("failed", 0);
    counts.put("missing", sweep.runs());
    root.putArray("sessions");
    return new Manifest(root);
  }

  /** The manifest of a results folder; a folder without one is not a sweep's. */
  public static Manifest read(Path folder) {
    Path file = folder.resolve(FILE);
    try {
      JsonNode node = JSON.readTree(Files.readString(file));
      if (!(node instanceof ObjectNode root) || !root.has("runs") || !root.has("status")) {
        throw new ResultsException(file + " is not a sweep's manifest");
      }
      return new Manifest(root);
    } catch (NoSuchFileException e) {
      throw new ResultsException(
          folder + " is not a sweep's results folder: it has no " + FILE + "; check the path");
    } catch (JsonProcessingException e) {
      throw new ResultsException(file + " is damaged: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** A session starts working on the sweep: {@code sweep}, {@code resume} or {@code retry}. */
  public void beginSession(String kind, int threads, Instant at) {
    beginSession(kind, threads, at, null);
  }

  /**
   * A session starts, with the command line that started it (for the report's reproducibility
   * appendix; null when unknown).
   */
  public void beginSession(String kind, int threads, Instant at, String command) {
    ObjectNode session = ((ArrayNode) root.get("sessions")).addObject();
    session.put("kind", kind);
    if (command != null) {
      session.put("command", command);
    }
    session.put("threads", threads);
    session.put("started", at.toString());
    session.putNull("ended");
    root.put("status", RUNNING);
    root.putNull("ended");
  }

  /** The session ends: where the sweep stands, and what the session did. */
  public void endSession(
      Instant at, String status, long ok, long failed, long missing, long ran, long recovered) {
    ArrayNode sessions = (ArrayNode) root.get("sessions");
    ObjectNode session = (ObjectNode) sessions.get(sessions.size() - 1);
    session.put("ended", at.toString());
    session.put("runs", ran);
    session.put("recovered", recovered);
    root.put("status", status);
    root.put("ended", at.toString());
    ObjectNode counts = (ObjectNode) root.get("counts");
    counts.put("ok", ok);
    counts.put("failed", failed);
    counts.put("missing", missing);
  }

  public String status() {
    return root.get("status").asText();
  }

  /** Whether the sweep ended (complete, with or without failures): its files are whole. */
  public boolean finished() {
    return COMPLETE.equals(status()) || COMPLETE_WITH_FAILURES.equals(status());
  }

  public boolean traces() {
    return root.path("traces").asBoolean(false);
  }

  public long runs() {
    return root.get("runs").asLong();
  }

  /**
   * The sweep's shape as the manifest records it: design points, arms, replications and varied
   * parameters; the same {@link SweepLayout} the sweep numbered its runs with.
   *
   * @throws ResultsException when the manifest lacks them (it was written by hand, or is damaged)
   */
  public SweepLayout layout() {
    JsonNode design = root.path("design");
    if (!design.path("points").isInt()
        || !root.path("arms").isArray()
        || !root.path("replications").isInt()) {
      throw new ResultsException(
          FILE + " lacks the design's points, the arms or the replications; it is damaged");
    }
    try {
      return new SweepLayout(
          design.get("points").asInt(),
          texts(root.get("arms")),
          root.get("replications").asInt(),
          texts(design.path("varied")));
    } catch (IllegalArgumentException e) {
      throw new ResultsException(FILE + " describes an impossible sweep: " + e.getMessage());
    }
  }

  public long masterSeed() {
    return root.path("master_seed").asLong();
  }

  /** The horizon in days. */
  public int days() {
    return root.path("days").asInt();
  }

  /** The design's name: none, grid, random, lhs, sobol or morris. */
  public String design() {
    return root.path("design").path("name").asText("none");
  }

  public String scenario() {
    return text("scenario");
  }

  public String scenarioFile() {
    return text("scenario_file");
  }

  public String version() {
    return text("badaboum_version");
  }

  /** The git commit of the build that ran the sweep; null when unknown. */
  public String gitCommit() {
    return text("git_commit");
  }

  public String javaVersion() {
    return text("java_version");
  }

  public String started() {
    return text("started");
  }

  /** When the last session ended; null while one runs (or after a kill). */
  public String ended() {
    return text("ended");
  }

  /** Runs recorded ok, failed, or still missing, as the last session counted them. */
  public long count(String which) {
    return root.path("counts").path(which).asLong();
  }

  /**
   * One session that worked on the sweep.
   *
   * @param command the command line, null when the manifest did not record it
   * @param ended null when the session never ended (killed)
   */
  public record Session(
      String kind, int threads, String started, String ended, long runs, String command) {}

  public List<Session> sessions() {
    List<Session> sessions = new ArrayList<>();
    for (JsonNode s : root.path("sessions")) {
      sessions.add(
          new Session(
              s.path("kind").asText(),
              s.path("threads").asInt(),
              nullable(s.path("started")),
              nullable(s.path("ended")),
              s.path("runs").asLong(),
              nullable(s.path("command"))));
    }
    return sessions;
  }

  private String text(String field) {
    return nullable(root.path(field));
  }

  private static String nullable(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }

  public void write(Path folder) {
    Path file = folder.resolve(FILE);
    Path temporary = folder.resolve(FILE + ".tmp");
    try {
      Files.writeString(temporary, JSON.writeValueAsString(root) + "\n");
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
