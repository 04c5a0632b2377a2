package badaboum.results;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A journal file that rows are appended to, each reaching the operating system as soon as it is
 * written: nothing is buffered, so a kill loses at most the row being written (which readers then
 * discard), and a failed write leaves nothing behind to be flushed later.
 *
 * <p>A plain file stream, not a channel: a thread interrupted by Ctrl-C can still write.
 */
final class AppendFile implements Closeable {
  private final Path file;
  private final FileOutputStream out;

  AppendFile(Path file) throws IOException {
    this.file = file;
    this.out = new FileOutputStream(file.toFile(), true);
  }

  void write(CharSequence text) throws IOException {
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
