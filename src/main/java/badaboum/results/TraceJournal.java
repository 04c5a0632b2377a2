package badaboum.results;

import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The daily traces of finished runs, kept in {@code journal/} until daily.csv holds their (point,
 * arm) cell, so that a resumed sweep rebuilds an unfinished cell from them instead of running its
 * runs again. One file per run, {@code run-ID.bin}: each brand's name and its daily metrics as
 * exact doubles, deflated (a few kilobytes a run). Each file appears whole or not at all.
 *
 * <p>Disk: only the runs of cells still open, the cell written last (a kill may have cut its rows
 * in daily.csv), and cells with failed runs (a retry recomputes them) are kept; a sweep that ends
 * with every run ok leaves no journal.
 */
final class TraceJournal {
  private static final int FORMAT = 1;
  private static final Pattern NAME = Pattern.compile("run-(\\d+)\\.bin");

  private final Path folder;

  TraceJournal(Path results) {
    this.folder = ResultsFile.JOURNAL.in(results);
  }

  Path file(long runId) {
    return folder.resolve("run-" + runId + ".bin");
  }

  /** Keeps a finished run's traces. */
  void write(long runId, List<BrandTrace> traces) throws IOException {
    Files.createDirectories(folder);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DataOutputStream out =
        new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 14))) {
      out.writeInt(FORMAT);
      out.writeInt(traces.size());
      for (BrandTrace trace : traces) {
        out.writeUTF(trace.brand());
        out.writeInt(trace.days() + 1);
        for (double[] series : trace.values()) {
          for (double value : series) {
            out.writeDouble(value);
          }
        }
      }
    } finally {
      deflater.end();
    }
    try {
      AtomicWrite.bytes(file(runId), bytes.toByteArray());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A run's traces, or null when the journal does not hold them whole. */
  List<BrandTrace> read(long runId) {
    try (InputStream raw = Files.newInputStream(file(runId));
        DataInputStream in = new DataInputStream(new InflaterInputStream(raw))) {
      if (in.readInt() != FORMAT) {
        return null;
      }
      int brands = in.readInt();
      List<BrandTrace> traces = new ArrayList<>(brands);
      for (int b = 0; b < brands; b++) {
        String brand = in.readUTF();
        int days = in.readInt();
        double[][] values = new double[DailyMetric.values().length][days];
        for (double[] series : values) {
          for (int d = 0; d < days; d++) {
            series[d] = in.readDouble();
          }
        }
        traces.add(new BrandTrace(brand, values));
      }
      return traces;
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      return null; // damaged: the run is run again instead
    }
  }

  /** The runs whose traces the journal holds (by file name). */
  BitSet runs() throws IOException {
    BitSet runs = new BitSet();
    if (!Files.isDirectory(folder)) {
      return runs;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (name.matches() && name.group(1).length() < 10) {
          runs.set(Integer.parseInt(name.group(1)));
        }
      }
    }
    return runs;
  }

  /** Removes what a kill left aside: files half-written. */
  void removeTemporaryFiles() throws IOException {
    AtomicWrite.removeTemporaryFiles(folder);
  }

  void delete(long runId) throws IOException {
    Files.deleteIfExists(file(runId));
  }

  /** Removes the journal's folder when nothing is left in it. */
  void removeIfEmpty() throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      if (files.findAny().isPresent()) {
        return;
      }
    }
    Files.delete(folder);
  }
}
