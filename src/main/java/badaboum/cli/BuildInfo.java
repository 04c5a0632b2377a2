package badaboum.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Where this build of badaboum comes from, for manifests: the git commit when it can be known. */
final class BuildInfo {
  private BuildInfo() {}

  /**
   * The commit of the git checkout that holds the running classes or jar, with {@code -dirty} when
   * its sources differ from that commit; null when not run from a checkout or without git.
   */
  static String gitCommit() {
    try {
      Path where = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = Files.isDirectory(where) ? where : where.getParent();
      String commit = git(dir, "rev-parse", "HEAD");
      if (commit == null || !commit.matches("[0-9a-f]{40}")) {
        return null;
      }
      String changes = git(dir, "status", "--porcelain", "--untracked-files=no", "--", "src");
      return changes == null || changes.isEmpty() ? commit : commit + "-dirty";
    } catch (Exception e) {
      return null; // not knowing the commit is no reason to stop a sweep
    }
  }

  private static String git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (InputStream out = process.getInputStream()) {
      String text = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        return null;
      }
      return text;
    }
  }
}
