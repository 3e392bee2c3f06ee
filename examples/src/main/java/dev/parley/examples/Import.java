package dev.parley.examples;

import static java.util.Objects.requireNonNull;

import dev.parley.interop.ImportException;
import dev.parley.interop.ImportFinding;
import dev.parley.interop.ImportOptions;
import dev.parley.interop.ImportReport;
import dev.parley.interop.ImportRun;
import dev.parley.interop.Importer;
import dev.parley.interop.RecordSink;
import dev.parley.interop.acled.AcledImporter;
import dev.parley.interop.plover.PloverImporter;
import dev.parley.interop.ucdp.UcdpGedImporter;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.NdjsonWriter;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.record.ChronicleRecord;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code import} command: reads ACLED, UCDP GED or PLOVER files and writes their records as one
 * Parley NDJSON stream, printing every finding (file, row, column, rule, reason) and a summary.
 *
 * <pre>{@code
 * int exit = Import.run(List.of("--from", "acled", "events.csv", "-o", "out.ndjson"), System.out, System.err, false);
 * }</pre>
 *
 * <p>Options: {@code --from acled|ucdp|plover} (required; ACLED files ending in {@code .json} are
 * read as API JSON, others as CSV), {@code -o FILE} (required), {@code --release NAME} (the dataset
 * release, kept in provenance), {@code --fail-fast} (stop at the first row that cannot be
 * imported). Exit codes: 0 when every row was imported or was outside Parley's domain (warnings
 * allowed), 1 when a row could not be imported, 2 when a file or the command line could not be read
 * or the output not written. Not thread-safe; one instance per run.
 */
public final class Import {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean progress;

  private Import(PrintStream out, PrintStream err, boolean progress) {
    this.out = out;
    this.err = err;
    this.progress = progress;
  }

  /**
   * Runs the command.
   *
   * @param args the options and files
   * @param out where findings and the summary go
   * @param err where usage errors, unreadable files and progress go
   * @param progress whether to show progress on {@code err} (when it is a terminal)
   * @return the exit code: 0, 1 or 2
   */
  public static int run(List<String> args, PrintStream out, PrintStream err, boolean progress) {
    requireNonNull(out, "out");
    return Main.guarded(
        "import", requireNonNull(err, "err"), () -> new Import(out, err, progress).run(args));
  }

  private int run(List<String> args) {
    String from = null;
    String output = null;
    String release = "";
    boolean failFast = false;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--from") && i + 1 < args.size()) {
        from = args.get(++i).toLowerCase(Locale.ROOT);
      } else if ((a.equals("-o") || a.equals("--output")) && i + 1 < args.size()) {
        output = args.get(++i);
      } else if (a.equals("--release") && i + 1 < args.size()) {
        release = args.get(++i);
      } else if (a.equals("--fail-fast")) {
        failFast = true;
      } else if (a.startsWith("-")) {
        err.println("import: unknown option " + a);
        return 2;
      } else {
        files.add(a);
      }
    }
    if (from == null || !(from.equals("acled") || from.equals("ucdp") || from.equals("plover"))) {
      err.println("import: expected --from acled, --from ucdp or --from plover");
      err.println(Main.USAGE);
      return 2;
    }
    if (output == null || files.isEmpty()) {
      err.println("import: expected one or more files and -o FILE");
      err.println(Main.USAGE);
      return 2;
    }
    ImportOptions options;
    try {
      options = ImportOptions.defaults().withFailFast(failFast).withRelease(release);
    } catch (IllegalArgumentException e) {
      err.println("import: " + e.getMessage());
      return 2;
    }
    int unreadable = 0;
    ImportRun run;
    Counter counter = new Counter();
    try (OutputStream stream =
            new BufferedOutputStream(Files.newOutputStream(Paths.get(output)), 1 << 16);
        NdjsonWriter writer = ParleyJson.defaults().ndjsonWriter(stream)) {
      RecordSink sink = counter.wrap(RecordSink.of(writer::write));
      Importer importer =
          from.equals("acled")
              ? AcledImporter.of(options)
              : from.equals("ucdp")
                  ? UcdpGedImporter.csv(options)
                  : PloverImporter.jsonLines(options);
      run = importer.open(sink);
      for (String file : files) {
        counter.file = file;
        try (InputStream in = Files.newInputStream(Paths.get(file))) {
          run.read(in, file);
        } catch (NoSuchFileException e) {
          err.println(file + ": cannot read: no such file");
          unreadable++;
        } catch (IOException e) {
          err.println(file + ": cannot read: " + e.getMessage());
          unreadable++;
        } catch (ImportException e) {
          if (e.finding().isPresent()) {
            counter.done();
            print(run.report());
            out.println("stopped at the first error (--fail-fast)");
            return 1;
          }
          err.println(e.getMessage());
          unreadable++;
        } finally {
          counter.done();
        }
      }
    } catch (IOException | UncheckedIOException e) {
      err.println(output + ": cannot write: " + e.getMessage());
      return 2;
    }
    boolean errors = print(run.report());
    out.println("wrote " + counter.total + " value(s) to " + output);
    return unreadable > 0 ? 2 : errors ? 1 : 0;
  }

  /** Prints the findings and summary of a run; returns whether any row failed. */
  private boolean print(ImportReport r) {
    for (ImportFinding f : r.findings()) {
      out.println(f);
    }
    long unlisted = r.errors() + r.warnings() - r.findings().size();
    if (unlisted > 0) {
      out.println("... and " + unlisted + " more finding(s)");
    }
    out.println(r);
    if (!r.notMapped().isEmpty()) {
      out.println("not kept (rows per column): " + r.notMapped());
    }
    return r.hasErrors();
  }

  /** Counts values and shows progress on a terminal, at most once a second. */
  private final class Counter {
    String file = "";
    long total;
    private long count;
    private long last = System.nanoTime();
    private boolean shown;

    RecordSink wrap(RecordSink sink) {
      return new RecordSink() {
        @Override
        public void party(Party party) {
          sink.party(party);
          tick();
        }

        @Override
        public void place(Place place) {
          sink.place(place);
          tick();
        }

        @Override
        public void record(ChronicleRecord record) {
          sink.record(record);
          tick();
        }
      };
    }

    void tick() {
      count++;
      total++;
      if (!progress || (count & 1023) != 0) {
        return;
      }
      long now = System.nanoTime();
      if (now - last >= 1_000_000_000L) {
        last = now;
        err.print("\r" + file + ": " + count + " values written");
        err.flush();
        shown = true;
      }
    }

    void done() {
      if (shown) {
        err.println("\r" + file + ": " + count + " values written");
        shown = false;
      }
      count = 0;
    }
  }
}
