package badaboum.spark;

import badaboum.result.BrandTrace;
import badaboum.result.RunOutcome;
import badaboum.result.RunResult;
import badaboum.result.RunStatus;
import badaboum.result.RunSummary;
import badaboum.sweep.RunTask;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run's outcome as the bytes a Spark task sends back: what only the run knows (status, error,
 * elapsed time, traces and summaries, every double bit for bit), not what the driver knows already
 * (its point values and whether it is a recovery run), so nothing of the result records has to be
 * {@link java.io.Serializable} and any Spark serializer can carry it.
 *
 * <p>Layout (big-endian): version byte; run id, elapsed ms; status byte; then for a failed run the
 * error, for an ok one the arm, replicate, seed, the traces (brand, rows, each row's doubles) and
 * the summaries (brand, doubles). A string is an int length and its UTF-8 bytes.
 */
final class RunCodec {
  private static final byte VERSION = 1;

  private RunCodec() {}

  /**
   * The bytes of an outcome of a sweep's run.
   *
   * @throws IllegalArgumentException for a result with member tables (sweeps never export them)
   */
  static byte[] encode(RunOutcome outcome) {
    RunResult result = outcome.result();
    byte[] error = outcome.ok() ? null : utf8(outcome.error());
    byte[] arm = outcome.ok() ? utf8(result.arm()) : null;
    int size = 1 + 8 + 8 + 1;
    if (!outcome.ok()) {
      size += 4 + error.length;
    } else {
      if (!result.members().isEmpty()) {
        throw new IllegalArgumentException(
            "run " + outcome.runId() + " has member tables; a sweep's runs are not sent with them");
      }
      size += 4 + arm.length + 4 + 8 + 4;
      for (BrandTrace trace : result.traces()) {
        size += 4 + utf8(trace.brand()).length + 4;
        for (double[] row : trace.values()) {
          size += 4 + 8 * row.length;
        }
      }
      size += 4;
      for (RunSummary summary : result.summaries()) {
        size += 4 + utf8(summary.brand()).length + 4 + 8 * summary.values().length;
      }
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.put(VERSION).putLong(outcome.runId()).putLong(outcome.elapsedMillis());
    out.put((byte) (outcome.ok() ? 1 : 0));
    if (!outcome.ok()) {
      putBytes(out, error);
    } else {
      putBytes(out, arm);
      out.putInt(result.replicate()).putLong(result.seed());
      out.putInt(result.traces().size());
      for (BrandTrace trace : result.traces()) {
        putBytes(out, utf8(trace.brand()));
        out.putInt(trace.values().length);
        for (double[] row : trace.values()) {
          putDoubles(out, row);
        }
      }
      out.putInt(result.summaries().size());
      for (RunSummary summary : result.summaries()) {
        putBytes(out, utf8(summary.brand()));
        putDoubles(out, summary.values());
      }
    }
    return out.array();
  }

  /**
   * The outcome of {@code task} from its bytes, with the point values the driver's plan has.
   *
   * @throws IllegalStateException when the bytes are not those of this task's run
   */
  static RunOutcome decode(byte[] bytes, RunTask task, Map<String, Object> pointValues) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      byte version = in.get();
      if (version != VERSION) {
        throw new IllegalStateException(
            "a run's bytes are of version " + version + ", not " + VERSION + ": mixed builds?");
      }
      long runId = in.getLong();
      if (runId != task.runId()) {
        throw new IllegalStateException(
            "Spark sent back run " + runId + " where run " + task.runId() + " was expected");
      }
      long elapsed = in.getLong();
      boolean ok = in.get() == 1;
      String error = null;
      RunResult result = null;
      if (!ok) {
        error = getString(in);
      } else {
        String arm = getString(in);
        int replicate = in.getInt();
        long seed = in.getLong();
        List<BrandTrace> traces = new ArrayList<>();
        for (int t = in.getInt(); t > 0; t--) {
          String brand = getString(in);
          double[][] values = new double[in.getInt()][];
          for (int m = 0; m < values.length; m++) {
            values[m] = getDoubles(in);
          }
          traces.add(new BrandTrace(brand, values));
        }
        List<RunSummary> summaries = new ArrayList<>();
        for (int s = in.getInt(); s > 0; s--) {
          String brand = getString(in);
          summaries.add(new RunSummary(brand, getDoubles(in)));
        }
        result = new RunResult(arm, replicate, seed, traces, summaries, List.of());
      }
      if (in.hasRemaining()) {
        throw new IllegalStateException(
            "run " + runId + "'s bytes go on past their end: mixed builds?");
      }
      return new RunOutcome(
          task.runId(),
          task.point(),
          pointValues,
          task.arm(),
          task.replicate(),
          task.seed(),
          ok ? RunStatus.OK : RunStatus.FAILED,
          error,
          result,
          elapsed,
          task.recovery());
    } catch (BufferUnderflowException e) {
      throw new IllegalStateException(
          "run " + task.runId() + "'s bytes end too soon: mixed builds?", e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void putBytes(ByteBuffer out, byte[] bytes) {
    out.putInt(bytes.length).put(bytes);
  }

  private static void putDoubles(ByteBuffer out, double[] values) {
    out.putInt(values.length);
    out.asDoubleBuffer().put(values);
    out.position(out.position() + 8 * values.length);
  }

  private static String getString(ByteBuffer in) {
    byte[] bytes = new byte[in.getInt()];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static double[] getDoubles(ByteBuffer in) {
    double[] values = new double[in.getInt()];
    in.asDoubleBuffer().get(values);
    in.position(in.position() + 8 * values.length);
    return values;
  }
}
