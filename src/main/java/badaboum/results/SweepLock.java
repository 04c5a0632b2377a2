package badaboum.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two sessions (a sweep and a resume typed in another terminal) from writing one results
 * folder at once. The operating system releases the lock when the process dies, even by kill -9.
 */
public final class SweepLock implements AutoCloseable {

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private SweepLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  public static SweepLock acquire(Path folder) {
    Path file = ResultsFile.LOCK.in(folder);
    try {
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new ResultsException(
            "another badaboum is working on "
                + folder
                + " right now; wait for it to end (or stop it), then resume");
      }
      return new SweepLock(file, channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unlock " + file, e);
    }
  }
}
