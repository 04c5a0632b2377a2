package badaboum.results;

import badaboum.result.SweepLayout;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * manifest.json: what a sweep is ({@link Sweep}: version, git commit, scenario, master seed,
 * design, arms, replications, runs), the checksum of every input it read ({@link Input}), and where
 * it stands ({@link Status}, {@link Counts}), with each {@link Session} that worked on it. Written
 * whole each time, atomically; read back into these types, so a damaged or hand-edited manifest is
 * refused with what is wrong.
 */
public final class Manifest {
  /** Format 2 added {@code inputs}; format 1 manifests are read with none. */
  static final int FORMAT = 2;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Where a sweep stands. */
  public enum Status {
    /** A session works on it, or was killed (resume it). */
    RUNNING,
    /** A session stopped on an error or was interrupted (resume it). */
    INTERRUPTED,
    /** Every run recorded ok. */
    COMPLETE,
    /** Every run recorded, some failed (retry them). */
    COMPLETE_WITH_FAILURES;

    /** As written in manifest.json: {@code complete_with_failures}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether every run is recorded: the folder's files are whole. */
    public boolean finished() {
      return this == COMPLETE || this == COMPLETE_WITH_FAILURES;
    }

    static Status of(String label) {
      for (Status status : values()) {
        if (status.label().equals(label)) {
          return status;
        }
      }
      return null;
    }
  }

  /** What started a session. */
  public enum SessionKind {
    SWEEP("sweep"),
    RESUME("resume"),
    RETRY_FAILED("retry-failed");

    private final String label;

    SessionKind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    static SessionKind of(String label) {
      for (SessionKind kind : values()) {
        if (kind.label.equals(label)) {
          return kind;
        }
      }
      return null;
    }
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
      boolean traces) {
    public Sweep {
      varied = List.copyOf(varied);
      arms = List.copyOf(arms);
    }
  }

  /**
   * A file the sweep read, with its SHA-256 when the sweep started.
   *
   * @param role {@code scenario} (as given), {@code effective} or {@code data} (a file the scenario
   *     names, such as an edge list)
   * @param file a name in the results folder, or an absolute path
   */
  public record Input(String role, String file, String sha256) {}

  /** Runs recorded ok, failed, and still missing. */
  public record Counts(long ok, long failed, long missing) {}

  /** What a session did: runs recorded, and runs run again only to recover their traces. */
  public record Work(long runs, long recovered) {}

  /**
   * One session that worked on the sweep.
   *
   * @param command the command line, null when the manifest did not record it
   * @param ended null while it works, or when it was killed
   * @param work null until it ends
   */
  public record Session(
      SessionKind kind, String command, int threads, Instant started, Instant ended, Work work) {}

  private final Sweep sweep;
  private final String javaVersion;
  private final List<Input> inputs;
  private final Instant started;
  private final List<Session> sessions;
  private Instant ended;
  private Status status;
  private Counts counts;

  private Manifest(
      Sweep sweep,
      String javaVersion,
      List<Input> inputs,
      Instant started,
      Instant ended,
      Status status,
      Counts counts,
      List<Session> sessions) {
    this.sweep = sweep;
    this.javaVersion = javaVersion;
    this.inputs = List.copyOf(inputs);
    this.started = started;
    this.ended = ended;
    this.status = status;
    this.counts = counts;
    this.sessions = new ArrayList<>(sessions);
  }

  public static Manifest create(Sweep sweep, List<Input> inputs, Instant started) {
    return new Manifest(
        sweep,
        System.getProperty("java.version"),
        inputs,
        started,
        null,
        Status.RUNNING,
        new Counts(0, 0, sweep.runs()),
        List.of());
  }

  /**
   * The manifest of a results folder.
   *
   * @throws ResultsException when the folder has none, or it is damaged
   */
  public static Manifest read(Path folder) {
    Path file = ResultsFile.MANIFEST.in(folder);
    try {
      return parse(file, JSON.readTree(Files.readString(file)));
    } catch (NoSuchFileException e) {
      throw missing(folder);
    } catch (JsonProcessingException e) {
      throw damaged(file, e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static ResultsException missing(Path folder) {
    if (!Files.isDirectory(folder)) {
      return new ResultsException(folder + " is not a folder; give a sweep's results folder");
    }
    if (ResultsFolder.neverBegan(folder)) {
      return new ResultsException(
          folder
              + " holds a sweep that was stopped before its first run: nothing was recorded, so"
              + " there is nothing to report. Start it again with: badaboum sweep SCENARIO --out "
              + folder);
    }
    if (Files.exists(ResultsFile.EFFECTIVE.in(folder))
        && Files.exists(ResultsFile.RUNS.in(folder))) {
      return new ResultsException(
          folder
              + " has no "
              + ResultsFile.MANIFEST
              + " (was it deleted?), but its "
              + ResultsFile.EFFECTIVE
              + " and "
              + ResultsFile.RUNS
              + " are there: rebuild it with: badaboum sweep --resume "
              + folder
              + " (which runs only what is missing), then: badaboum report "
              + folder);
    }
    return new ResultsException(
        folder
            + " is not a sweep's results folder: it has no "
            + ResultsFile.MANIFEST
            + "; check the path");
  }

  /** Starts a session: the sweep is running again. */
  public void beginSession(SessionKind kind, int threads, Instant at, String command) {
    sessions.add(new Session(kind, command, threads, at, null, null));
    status = Status.RUNNING;
    ended = null;
  }

  /** Ends the last session: where the sweep stands, and what the session did. */
  public void endSession(Instant at, Status status, Counts counts, Work work) {
    Session last = sessions.get(sessions.size() - 1);
    sessions.set(
        sessions.size() - 1,
        new Session(last.kind(), last.command(), last.threads(), last.started(), at, work));
    this.status = Objects.requireNonNull(status);
    this.counts = counts;
    this.ended = at;
  }

  /** Writes manifest.json whole ({@link AtomicWrite}). */
  public void write(Path folder) {
    AtomicWrite.text(ResultsFile.MANIFEST.in(folder), json());
  }

  /**
   * Writes manifest.json after the sweep stopped on an error, when it matters most that the
   * manifest says so: whole if it can, else, on a disk with no room left for a second copy, over
   * the old one in place (the bytes the old one frees are enough for the new one).
   */
  public void writeAfterFailure(Path folder) {
    try {
      write(folder);
    } catch (UncheckedIOException first) {
      Path file = ResultsFile.MANIFEST.in(folder);
      try (OutputStream out = new FileOutputStream(file.toFile())) {
        out.write(json().getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        first.addSuppressed(e);
        throw first;
      }
    }
  }

  private String json() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("badaboum_version", sweep.version());
    root.put("git_commit", sweep.gitCommit());
    root.put("java_version", javaVersion);
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
    ArrayNode files = root.putArray("inputs");
    for (Input input : inputs) {
      ObjectNode node = files.addObject();
      node.put("role", input.role());
      node.put("file", input.file());
      node.put("sha256", input.sha256());
    }
    root.put("started", started.toString());
    root.put("ended", ended == null ? null : ended.toString());
    root.put("status", status.label());
    ObjectNode countsNode = root.putObject("counts");
    countsNode.put("ok", counts.ok());
    countsNode.put("failed", counts.failed());
    countsNode.put("missing", counts.missing());
    ArrayNode sessionsNode = root.putArray("sessions");
    for (Session session : sessions) {
      ObjectNode node = sessionsNode.addObject();
      node.put("kind", session.kind().label());
      if (session.command() != null) {
        node.put("command", session.command());
      }
      node.put("threads", session.threads());
      node.put("started", session.started().toString());
      node.put("ended", session.ended() == null ? null : session.ended().toString());
      if (session.work() != null) {
        node.put("runs", session.work().runs());
        node.put("recovered", session.work().recovered());
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a manifest of plain values always converts to JSON", e);
    }
  }

  private static Manifest parse(Path file, JsonNode root) {
    if (!(root instanceof ObjectNode)) {
      throw damaged(file, "it is not a JSON object");
    }
    JsonNode design = root.path("design");
    Status status = Status.of(root.path("status").asText());
    if (status == null) {
      throw damaged(file, "its status is " + root.path("status") + ", not one badaboum writes");
    }
    if (!root.path("runs").canConvertToLong()
        || !design.path("points").isInt()
        || !root.path("arms").isArray()
        || !root.path("replications").isInt()
        || !root.path("days").isInt()) {
      throw damaged(file, "it lacks the runs, the design's points, the arms, replications or days");
    }
    Sweep sweep =
        new Sweep(
            text(root, "badaboum_version"),
            text(root, "git_commit"),
            text(root, "scenario"),
            text(root, "scenario_file"),
            root.path("master_seed").asLong(),
            design.path("name").asText("none"),
            design.get("points").asInt(),
            texts(design.path("varied")),
            texts(root.get("arms")),
            root.get("replications").asInt(),
            root.get("days").asInt(),
            root.get("runs").asLong(),
            root.path("traces").asBoolean(false));
    List<Input> inputs = new ArrayList<>();
    for (JsonNode node : root.path("inputs")) {
      inputs.add(new Input(text(node, "role"), text(node, "file"), text(node, "sha256")));
    }
    List<Session> sessions = new ArrayList<>();
    for (JsonNode node : root.path("sessions")) {
      SessionKind kind = SessionKind.of(node.path("kind").asText());
      if (kind == null) {
        throw damaged(file, "a session's kind is " + node.path("kind"));
      }
      Instant sessionEnded = instant(file, node, "ended");
      sessions.add(
          new Session(
              kind,
              text(node, "command"),
              node.path("threads").asInt(),
              instant(file, node, "started"),
              sessionEnded,
              sessionEnded == null
                  ? null
                  : new Work(node.path("runs").asLong(), node.path("recovered").asLong())));
    }
    JsonNode counts = root.path("counts");
    return new Manifest(
        sweep,
        text(root, "java_version"),
        inputs,
        instant(file, root, "started"),
        instant(file, root, "ended"),
        status,
        new Counts(
            counts.path("ok").asLong(),
            counts.path("failed").asLong(),
            counts.path("missing").asLong()),
        sessions);
  }

  private static ResultsException damaged(Path file, String why) {
    return new ResultsException(
        file
            + " is damaged ("
            + why
            + "); put back a copy if you have one, or delete it and rebuild it from the folder's"
            + " scenario.effective.yaml and runs.csv with: badaboum sweep --resume "
            + file.getParent());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  private static Instant instant(Path file, JsonNode node, String field) {
    String text = text(node, field);
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw damaged(file, field + " is " + text + ", not a time");
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }

  public Sweep sweep() {
    return sweep;
  }

  public Status status() {
    return status;
  }

  public boolean finished() {
    return status.finished();
  }

  public boolean traces() {
    return sweep.traces();
  }

  public long runs() {
    return sweep.runs();
  }

  /**
   * The sweep's shape as the manifest records it: the same {@link SweepLayout} the sweep numbered
   * its runs with.
   *
   * @throws ResultsException when it describes no possible sweep (it was edited)
   */
  public SweepLayout layout() {
    try {
      return new SweepLayout(sweep.points(), sweep.arms(), sweep.replications(), sweep.varied());
    } catch (IllegalArgumentException e) {
      throw new ResultsException(
          ResultsFile.MANIFEST + " describes an impossible sweep: " + e.getMessage());
    }
  }

  public long masterSeed() {
    return sweep.masterSeed();
  }

  /** The horizon in days. */
  public int days() {
    return sweep.days();
  }

  /** The design's name: none, grid, random, lhs, sobol or morris. */
  public String design() {
    return sweep.design();
  }

  public String scenario() {
    return sweep.scenario();
  }

  public String scenarioFile() {
    return sweep.scenarioFile();
  }

  public String version() {
    return sweep.version();
  }

  /** The git commit of the build that ran the sweep; null when unknown. */
  public String gitCommit() {
    return sweep.gitCommit();
  }

  public String javaVersion() {
    return javaVersion;
  }

  /** The files the sweep read, with their checksums; empty for a manifest of format 1. */
  public List<Input> inputs() {
    return inputs;
  }

  public Instant started() {
    return started;
  }

  /** When the last session ended; null while one runs (or after a kill). */
  public Instant ended() {
    return ended;
  }

  /** Runs recorded ok, failed, or still missing, as the last session counted them. */
  public Counts counts() {
    return counts;
  }

  public List<Session> sessions() {
    return List.copyOf(sessions);
  }
}
