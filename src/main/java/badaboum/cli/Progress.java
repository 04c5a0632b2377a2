package badaboum.cli;

import badaboum.language.Messages;
import badaboum.result.RunOutcome;
import badaboum.result.RunSink;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows how a sweep goes, on stderr: on a terminal one line redrawn in place (runs done out of
 * total, runs per second, time left, failures); elsewhere (a log, CI) one line per 10%; nothing
 * when quiet, in the command's language. Runs re-run only to recover traces after a crash are not
 * counted.
 */
final class Progress implements RunSink {
  enum Mode {
    TERMINAL,
    LINES,
    QUIET
  }

  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final Mode mode;
  private final long total;
  private final LongSupplier nanos;
  private final Messages m;
  private final long start;
  private long done;
  private long failed;
  private long lastDraw;
  private int lastWidth;
  private long lastTenth;

  Progress(PrintWriter err, Mode mode, long total, LongSupplier nanos, Messages messages) {
    this.err = err;
    this.mode = mode;
    this.total = total;
    this.nanos = nanos;
    this.m = messages;
    this.start = nanos.getAsLong();
  }

  @Override
  public void accept(RunOutcome outcome) {
    if (outcome.recovery()) {
      return;
    }
    done++;
    if (!outcome.ok()) {
      failed++;
    }
    long now = nanos.getAsLong();
    switch (mode) {
      case TERMINAL -> {
        if (lastWidth == 0 || done == total || now - lastDraw >= REDRAW_NANOS) {
          String line = line(now);
          err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
          err.flush();
          lastWidth = line.length();
          lastDraw = now;
        }
      }
      case LINES -> {
        long tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth > lastTenth) {
          lastTenth = tenth;
          err.println(line(now));
          err.flush();
        }
      }
      case QUIET -> {}
    }
  }

  /** Ends the redrawn line. */
  void finish() {
    if (mode == Mode.TERMINAL && lastWidth > 0) {
      err.println();
      err.flush();
    }
  }

  /** Seconds since the sweep started. */
  double seconds() {
    return (nanos.getAsLong() - start) / 1e9;
  }

  String line(long now) {
    double seconds = (now - start) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    String left = rate > 0 ? duration((total - done) / rate) : "?";
    return m.format(
        "progress.line",
        m.count(done),
        m.count(total),
        total == 0 ? 100 : done * 100 / total,
        m.number(rate, 1),
        left,
        m.count(failed));
  }

  /** 0:07, 12:30, 2:05:00. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
