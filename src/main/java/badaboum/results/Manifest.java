package badaboum.results;

import badaboum.result.SweepLayout;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
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

  Manifest(
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
      return ManifestJson.parse(file, ManifestJson.JSON.readTree(Files.readString(file)));
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
    AtomicWrite.text(ResultsFile.MANIFEST.in(folder), ManifestJson.write(this));
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
        out.write(ManifestJson.write(this).getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        first.addSuppressed(e);
        throw first;
      }
    }
  }

  static ResultsException damaged(Path file, String why) {
    return new ResultsException(
        file
            + " is damaged ("
            + why
            + "); put back a copy if you have one, or delete it and rebuild it from the folder's"
            + " scenario.effective.yaml and runs.csv with: badaboum sweep --resume "
            + file.getParent());
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
