package badaboum.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * manifest.json's text: a {@link Manifest} written as JSON, and read back with every field checked,
 * so a damaged or hand-edited manifest is refused with what is wrong.
 */
final class ManifestJson {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestJson() {}

  static String write(Manifest m) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", Manifest.FORMAT);
    root.put("badaboum_version", m.sweep().version());
    root.put("git_commit", m.sweep().gitCommit());
    root.put("java_version", m.javaVersion());
    root.put("scenario", m.sweep().scenario());
    root.put("scenario_file", m.sweep().scenarioFile());
    root.put("master_seed", m.sweep().masterSeed());
    ObjectNode design = root.putObject("design");
    design.put("name", m.sweep().design());
    design.put("points", m.sweep().points());
    ArrayNode varied = design.putArray("varied");
    m.sweep().varied().forEach(varied::add);
    ArrayNode arms = root.putArray("arms");
    m.sweep().arms().forEach(arms::add);
    root.put("replications", m.sweep().replications());
    root.put("days", m.sweep().days());
    root.put("runs", m.sweep().runs());
    root.put("traces", m.sweep().traces());
    ArrayNode files = root.putArray("inputs");
    for (Manifest.Input input : m.inputs()) {
      ObjectNode node = files.addObject();
      node.put("role", input.role());
      node.put("file", input.file());
      node.put("sha256", input.sha256());
    }
    root.put("started", m.started().toString());
    root.put("ended", m.ended() == null ? null : m.ended().toString());
    root.put("status", m.status().label());
    ObjectNode countsNode = root.putObject("counts");
    countsNode.put("ok", m.counts().ok());
    countsNode.put("failed", m.counts().failed());
    countsNode.put("missing", m.counts().missing());
    ArrayNode sessionsNode = root.putArray("sessions");
    for (Manifest.Session session : m.sessions()) {
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

  static Manifest parse(Path file, JsonNode root) {
    if (!(root instanceof ObjectNode)) {
      throw Manifest.damaged(file, "it is not a JSON object");
    }
    JsonNode design = root.path("design");
    Manifest.Status status = Manifest.Status.of(root.path("status").asText());
    if (status == null) {
      throw Manifest.damaged(
          file, "its status is " + root.path("status") + ", not one badaboum writes");
    }
    if (!root.path("runs").canConvertToLong()
        || !design.path("points").isInt()
        || !root.path("arms").isArray()
        || !root.path("replications").isInt()
        || !root.path("days").isInt()) {
      throw Manifest.damaged(
          file, "it lacks the runs, the design's points, the arms, replications or days");
    }
    Manifest.Sweep sweep =
        new Manifest.Sweep(
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
    List<Manifest.Input> inputs = new ArrayList<>();
    for (JsonNode node : root.path("inputs")) {
      inputs.add(new Manifest.Input(text(node, "role"), text(node, "file"), text(node, "sha256")));
    }
    List<Manifest.Session> sessions = new ArrayList<>();
    for (JsonNode node : root.path("sessions")) {
      Manifest.SessionKind kind = Manifest.SessionKind.of(node.path("kind").asText());
      if (kind == null) {
        throw Manifest.damaged(file, "a session's kind is " + node.path("kind"));
      }
      Instant sessionEnded = instant(file, node, "ended");
      sessions.add(
          new Manifest.Session(
              kind,
              text(node, "command"),
              node.path("threads").asInt(),
              instant(file, node, "started"),
              sessionEnded,
              sessionEnded == null
                  ? null
                  : new Manifest.Work(
                      node.path("runs").asLong(), node.path("recovered").asLong())));
    }
    JsonNode counts = root.path("counts");
    return new Manifest(
        sweep,
        text(root, "java_version"),
        inputs,
        instant(file, root, "started"),
        instant(file, root, "ended"),
        status,
        new Manifest.Counts(
            counts.path("ok").asLong(),
            counts.path("failed").asLong(),
            counts.path("missing").asLong()),
        sessions);
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
      throw Manifest.damaged(file, field + " is " + text + ", not a time");
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
