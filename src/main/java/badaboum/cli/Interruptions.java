package badaboum.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) and SIGTERM while a sweep works: a shutdown hook interrupts the thread that runs
 * the sweep, which then closes its files, marks the manifest interrupted and prints how to go on;
 * the hook holds the JVM until {@link Main} has printed it all ({@link #release}), for a few
 * seconds at most. A kill -9 runs no hook: the manifest then says running, which resume takes.
 */
final class Interruptions implements AutoCloseable {
  /** How long the JVM waits for the sweep to put its folder in order. */
  private static final long GRACE_SECONDS = 20;

  private static final CountDownLatch RELEASED = new CountDownLatch(1);

  private final Thread hook;

  private Interruptions(Thread hook) {
    this.hook = hook;
  }

  /** Interrupts the calling thread on Ctrl-C until {@link #close}. */
  static Interruptions install() {
    Thread worker = Thread.currentThread();
    Thread hook =
        new Thread(
            () -> {
              worker.interrupt();
              try {
                RELEASED.await(GRACE_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "badaboum-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    return new Interruptions(hook);
  }

  /** The command has said everything: a JVM shutting down may end now. */
  static void release() {
    RELEASED.countDown();
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is running and waits for release()
    }
  }
}
