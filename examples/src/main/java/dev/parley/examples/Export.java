package dev.parley.examples;

import static java.util.Objects.requireNonNull;

import dev.parley.chronicle.Chronicle;
import dev.parley.interop.csv.CsvExporter;
import dev.parley.interop.geojson.GeoJsonExporter;
import dev.parley.interop.plover.PloverExporter;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.ParleyJsonException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code export} command: reads a Parley NDJSON stream ({@code .ndjson}) or chronicle document
 * ({@code .json}) and writes it as CSV tables, GeoJSON FeatureCollections or PLOVER JSON Lines.
 *
 * <pre>{@code
 * int exit = Export.run(List.of("--to", "csv", "out.ndjson", "-o", "tables"), System.out, System.err, false);
 * }</pre>
 *
 * <p>{@code --to csv} and {@code --to geojson} write into the directory {@code -o} names (created
 * if missing); {@code --to plover} writes the file {@code -o} names. NDJSON lines that cannot be
 * read are printed as findings, as {@code validate} prints them, and skipped. Exit codes: 0 when
 * every line was exported, 1 when a line could not be read, 2 when the input could not be read at
 * all, the output not written, or the command line was wrong. Not thread-safe.
 */
public final class Export {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean progress;

  private Export(PrintStream out, PrintStream err, boolean progress) {
    this.out = out;
    this.err = err;
    this.progress = progress;
  }

  /**
   * Runs the command.
   *
   * @param args the options and the file
   * @param out where findings and the summary go
   * @param err where usage errors, unreadable files and progress go
   * @param progress whether to show progress on {@code err} (when it is a terminal)
   * @return the exit code: 0, 1 or 2
   */
  public static int run(List<String> args, PrintStream out, PrintStream err, boolean progress) {
    requireNonNull(out, "out");
    return Main.guarded(
        "export", requireNonNull(err, "err"), () -> new Export(out, err, progress).run(args));
  }

  private int run(List<String> args) {
    String to = null;
    String output = null;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--to") && i + 1 < args.size()) {
        to = args.get(++i).toLowerCase(Locale.ROOT);
      } else if ((a.equals("-o") || a.equals("--output")) && i + 1 < args.size()) {
        output = args.get(++i);
      } else if (a.startsWith("-")) {
        err.println("export: unknown option " + a);
        return 2;
      } else {
        files.add(a);
      }
    }
    if (to == null || !(to.equals("csv") || to.equals("geojson") || to.equals("plover"))) {
      err.println("export: expected --to csv, --to geojson or --to plover");
      err.println(Main.USAGE);
      return 2;
    }
    if (output == null || files.size() != 1) {
      err.println("export: expected one file and -o DIR (csv, geojson) or -o FILE (plover)");
      err.println(Main.USAGE);
      return 2;
    }
    String file = files.get(0);
    Path target = Paths.get(output);
    List<Validate.Entry> findings = new ArrayList<>();
    long values;
    Map<String, Long> counts;
    try {
      if (to.equals("csv")) {
        try (CsvExporter e = CsvExporter.toDirectory(target)) {
          values = read(file, e::write, findings);
          counts = e.counts();
        }
      } else if (to.equals("geojson")) {
        try (GeoJsonExporter e = GeoJsonExporter.toDirectory(target)) {
          values = read(file, e::write, findings);
          counts = e.counts();
        }
      } else {
        try (PloverExporter e =
            PloverExporter.of(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16))) {
          values = read(file, e::write, findings);
          counts = Map.of("events", e.count());
        }
      }
    } catch (NoSuchFileException e) {
      err.println(e.getFile() + ": cannot read: no such file");
      return 2;
    } catch (IOException | UncheckedIOException e) {
      err.println("export: " + e.getMessage());
      return 2;
    } catch (ParleyJsonException e) {
      err.println(file + ": cannot read: " + e.getMessage());
      return 2;
    }
    findings.forEach(f -> out.println(f.text()));
    out.println(
        file
            + ": "
            + values
            + " value(s) read, "
            + findings.size()
            + " unreadable line(s); wrote "
            + counts
            + " to "
            + output);
    return Validate.exitCode(findings, 0);
  }

  private long read(String file, Consumer<Object> sink, List<Validate.Entry> findings)
      throws IOException {
    Path path = Paths.get(file);
    long n = 0;
    if (file.toLowerCase(Locale.ROOT).endsWith(".json")) {
      Chronicle c;
      try (InputStream in = Files.newInputStream(path)) {
        c = ParleyJson.defaults().readChronicle(in);
      }
      for (Object v : c.parties()) {
        sink.accept(v);
        n++;
      }
      for (Object v : c.places()) {
        sink.accept(v);
        n++;
      }
      for (Object v : c.records()) {
        sink.accept(v);
        n++;
      }
      return n;
    }
    long last = System.nanoTime();
    boolean shown = false;
    try (NdjsonReader in =
        ParleyJson.defaults().ndjsonReader(Files.newInputStream(path), ErrorMode.COLLECT)) {
      while (in.hasNext()) {
        NdjsonRecord r = in.next();
        if (r.isValid()) {
          sink.accept(r.value());
          n++;
        } else {
          findings.addAll(Validate.fromException(file, r.error().orElseThrow()));
        }
        if (progress && (n & 1023) == 0 && System.nanoTime() - last >= 1_000_000_000L) {
          last = System.nanoTime();
          err.print("\r" + file + ": " + n + " values exported");
          err.flush();
          shown = true;
        }
      }
    }
    if (shown) {
      err.println("\r" + file + ": " + n + " values exported");
    }
    return n;
  }
}
