package dev.parley.examples;

import dev.parley.chronicle.Chronicle;
import dev.parley.examples.report.HtmlReport;
import dev.parley.json.format.ParleyJsonException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line entry point of {@code parley-examples.jar}: {@code demo} (the default) prints
 * the seed story, {@code validate} checks data files, {@code import} reads ACLED, UCDP GED and
 * PLOVER files, {@code export} writes CSV, GeoJSON and PLOVER, {@code digest} prints a file's
 * digest.
 *
 * <pre>{@code
 * java -jar parley-examples.jar validate --strict data/events.ndjson
 * }</pre>
 *
 * <p>Exit codes: 0 success (for {@code validate}: no errors), 1 errors found, 2 a file or the
 * command line could not be read.
 */
public final class Main {
  /** The usage text. */
  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "usage: parley-examples [COMMAND]",
          "",
          "commands:",
          "  demo                  print the seed story as a digest and as a chronicle document (the default)",
          "  validate [--strict] [--format text|json] FILE...",
          "                        check chronicle documents (.json) and NDJSON record streams (.ndjson);",
          "                        print every finding (file, line, record, rule, severity, path, message)",
          "                        and a summary; --strict turns warnings into errors; --format json prints",
          "                        the findings as one JSON document",
          "  import --from acled|ucdp|plover [--release NAME] [--fail-fast] FILE... -o OUT.ndjson",
          "                        read ACLED (CSV exports or API JSON), UCDP GED (CSV) or PLOVER",
          "                        (JSON Lines) files into one Parley NDJSON stream; print every finding",
          "                        (file, row, column, rule, reason) and a summary",
          "  export --to csv|geojson|plover FILE -o DIR|FILE",
          "                        write a chronicle file (.json or .ndjson) as CSV tables or GeoJSON files",
          "                        in DIR, or as one PLOVER JSON Lines FILE",
          "  digest FILE           print the digest of a chronicle file (.json or .ndjson), as of the end",
          "                        of its latest record date (UTC)",
          "  digest --html FILE [-o OUT]",
          "                        write the digest as one self-contained HTML page (timeline, fulfilment,",
          "                        ceasefire status, territory, casualties, records, sources) to OUT, or",
          "                        to standard output without -o",
          "  help, --help, -h      print this text",
          "",
          "exit codes: 0 no errors (warnings allowed), 1 errors found (for import: a row could not be",
          "            imported), 2 a file or the command line could not be read, or the output written");

  private Main() {}

  /**
   * Runs a command and exits with its code.
   *
   * @param args the command and its arguments; none runs the demo
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.console() != null));
  }

  /**
   * Runs a command in-process, without progress output.
   *
   * @param args the command and its arguments
   * @param out where results go
   * @param err where errors go
   * @return the exit code: 0, 1 or 2
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  private static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    if (args.length == 0 || args[0].equals("demo")) {
      demo(out);
      return 0;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    switch (args[0]) {
      case "validate":
        return Validate.run(rest, out, err, terminal);
      case "digest":
        return digest(rest, out, err);
      case "import":
        return Import.run(rest, out, err, terminal);
      case "export":
        return Export.run(rest, out, err, terminal);
      case "help":
      case "--help":
      case "-h":
        out.println(USAGE);
        return 0;
      default:
        err.println(
            "unknown command: "
                + args[0]
                + " (try: demo, validate, import, export, digest, --help)");
        return 2;
    }
  }

  /**
   * Runs a command's body so that a failure no case of the command foresaw is one line on {@code
   * err} and exit code 2: the command line never shows a stack trace.
   */
  static int guarded(String command, PrintStream err, java.util.function.IntSupplier body) {
    try {
      return body.getAsInt();
    } catch (RuntimeException e) {
      err.println(command + ": failed: " + e);
      return 2;
    }
  }

  private static void demo(PrintStream out) {
    out.println("Parley demo: the May 2025 Russia-Ukraine report as data");
    out.println();
    Digest.print(SeedStory.chronicle(), ZonedDateTime.now(ZoneId.of("Europe/Kyiv")), out);
    out.println();
    out.println("The same chronicle as JSON:");
    out.print(SeedDocument.json());
  }

  private static int digest(List<String> args, PrintStream out, PrintStream err) {
    boolean html = false;
    String file = null;
    String output = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--html")) {
        html = true;
      } else if (a.equals("-o") || a.equals("--output")) {
        if (i + 1 == args.size()) {
          err.println("digest: " + a + " needs a file name");
          return 2;
        }
        output = args.get(++i);
      } else if (a.startsWith("-") || file != null) {
        err.println(
            "digest: expected one file, and optionally --html and -o OUT; got "
                + String.join(" ", args));
        err.println(USAGE);
        return 2;
      } else {
        file = a;
      }
    }
    if (file == null || (output != null && !html)) {
      err.println(
          file == null
              ? "digest: expected one file"
              : "digest: -o writes the HTML page; add --html");
      err.println(USAGE);
      return 2;
    }
    Chronicle chronicle;
    try {
      chronicle = ChronicleFiles.read(Paths.get(file));
    } catch (NoSuchFileException e) {
      err.println(file + ": cannot read: no such file");
      return 2;
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | ParleyJsonException e) {
      err.println(file + ": cannot read: " + e.getMessage());
      return 2;
    }
    if (!html) {
      Digest.print(chronicle, asOf(chronicle), out);
      return 0;
    }
    HtmlReport report = HtmlReport.of(chronicle);
    if (output == null) {
      out.print(report.render());
      return 0;
    }
    try {
      report.write(Paths.get(output));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      err.println(output + ": cannot write: " + e.getMessage());
      return 2;
    }
    err.println("wrote " + output);
    return 0;
  }

  /** The end of the latest record date, 23:59 UTC; 1970-01-01 for a chronicle without records. */
  static ZonedDateTime asOf(Chronicle chronicle) {
    return HtmlReport.of(chronicle).asOf();
  }
}
