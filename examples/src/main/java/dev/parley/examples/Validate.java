package dev.parley.examples;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parley.chronicle.Chronicle;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.record.ChronicleRecord;
import dev.parley.validation.Finding;
import dev.parley.validation.Severity;
import dev.parley.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code validate} command: reads chronicle documents ({@code .json}) and NDJSON record streams
 * ({@code .ndjson}) and prints every finding, one per line, then a summary.
 *
 * <pre>{@code
 * int exit = Validate.run(List.of("--strict", "data.ndjson"), System.out, System.err, false);
 * }</pre>
 *
 * <p>A finding names its file, its line (for NDJSON, and for a document record that cannot be
 * read), the record id when known, the rule code, the severity, the path and a message. Lines of an
 * NDJSON stream that cannot be read are error findings with the rule codes of the core ({@code
 * PARTY_NAME_BLANK}) or a reading code: {@code JSON_MALFORMED} (not one JSON value), {@code
 * JSON_INVALID} (JSON, but not a valid record of the format) or {@code JSON_LIMIT_EXCEEDED}. Every
 * valid line is collected into one chronicle, whose cross-record findings are mapped back to the
 * line of the record they name. A chronicle document is read strictly: a record in it that cannot
 * be read is one error finding at its JSON Pointer and line, and the document's chronicle is then
 * not checked further; a document that is not JSON, not of this format or version, or too large
 * cannot be read at all.
 *
 * <p>Exit codes: 0 without error findings (warnings allowed), 1 with at least one, 2 when a file
 * cannot be read or parsed at all. {@code --strict} turns warnings into errors; {@code --format
 * json} prints the findings as one JSON document. Not thread-safe; one instance per run.
 */
public final class Validate {
  private static final Pattern IN_ARRAY = Pattern.compile("^/(parties|places|records)/\\d+(/.*)?$");
  private static final Set<ParleyJsonException.Kind> SYNTAX =
      EnumSet.of(
          ParleyJsonException.Kind.MALFORMED,
          ParleyJsonException.Kind.TRUNCATED,
          ParleyJsonException.Kind.TRAILING_CONTENT,
          ParleyJsonException.Kind.IO);

  /**
   * One finding of the command: a finding of the chronicle or a record that could not be read.
   *
   * @param file the file as named on the command line
   * @param line the 1-based line, or 0 when unknown
   * @param record the record id, or empty when unknown
   * @param rule the rule code
   * @param severity error or warning
   * @param path the path of the offending value
   * @param message a plain message
   */
  record Entry(
      String file,
      long line,
      String record,
      String rule,
      Severity severity,
      String path,
      String message) {
    Entry strict() {
      return new Entry(file, line, record, rule, Severity.ERROR, path, message);
    }

    String text() {
      return file
          + (line > 0 ? ":" + line : "")
          + ": "
          + (record.isEmpty() ? "-" : record)
          + ": "
          + rule
          + " "
          + severity.name().toLowerCase(Locale.ROOT)
          + " at "
          + (path.isEmpty() ? "-" : path)
          + ": "
          + message;
    }
  }

  /** A file that could not be read at all. */
  record Failure(String file, String message) {}

  private final ParleyJson json = ParleyJson.defaults();
  private final PrintStream out;
  private final PrintStream err;
  private final boolean progress;
  private boolean strict;
  private boolean jsonOutput;
  private final List<Entry> entries = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();
  private final List<String> files = new ArrayList<>();
  private long records;

  private Validate(PrintStream out, PrintStream err, boolean progress) {
    this.out = out;
    this.err = err;
    this.progress = progress;
  }

  /**
   * Runs the command.
   *
   * @param args options ({@code --strict}, {@code --format text|json}) and one or more files
   * @param out where findings and the summary go
   * @param err where unreadable files, usage errors and progress go
   * @param progress whether to show progress on {@code err} (when it is a terminal)
   * @return the exit code: 0, 1 or 2
   */
  public static int run(List<String> args, PrintStream out, PrintStream err, boolean progress) {
    return new Validate(requireNonNull(out, "out"), requireNonNull(err, "err"), progress).run(args);
  }

  private int run(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--strict")) {
        strict = true;
      } else if (a.equals("--format")
          && i + 1 < args.size()
          && (args.get(i + 1).equals("json") || args.get(i + 1).equals("text"))) {
        jsonOutput = args.get(++i).equals("json");
      } else if (a.startsWith("--")) {
        err.println(
            "validate: unknown option "
                + a
                + (a.equals("--format") ? " (expected --format text or --format json)" : ""));
        return 2;
      } else {
        files.add(a);
      }
    }
    if (files.isEmpty()) {
      err.println("validate: no files given");
      err.println(Main.USAGE);
      return 2;
    }
    for (String file : files) {
      validate(file);
    }
    if (strict) {
      entries.replaceAll(Entry::strict);
    }
    if (jsonOutput) {
      printJson();
    } else {
      entries.forEach(e -> out.println(e.text()));
      out.println(summary());
    }
    return exitCode(entries, failures.size());
  }

  /** The exit code for findings (already made strict if asked) and a number of unreadable files. */
  static int exitCode(List<Entry> entries, int unreadable) {
    if (unreadable > 0) {
      return 2;
    }
    return entries.stream().anyMatch(e -> e.severity() == Severity.ERROR) ? 1 : 0;
  }

  private String summary() {
    long errors = entries.stream().filter(e -> e.severity() == Severity.ERROR).count();
    return files.size()
        + " file(s), "
        + records
        + " record(s): "
        + errors
        + " error(s), "
        + (entries.size() - errors)
        + " warning(s)"
        + (failures.isEmpty() ? "" : ", " + failures.size() + " file(s) could not be read");
  }

  private void validate(String file) {
    Path path = Paths.get(file);
    String name =
        path.getFileName() == null ? file : path.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".ndjson")) {
        validateNdjson(file, path);
      } else if (name.endsWith(".json")) {
        validateDocument(file, path);
      } else {
        fail(file, "not a .json chronicle document or an .ndjson record stream");
      }
    } catch (NoSuchFileException e) {
      fail(file, "no such file");
    } catch (IOException | UncheckedIOException e) {
      fail(file, String.valueOf(e.getMessage()));
    } catch (ParleyJsonException e) {
      fail(file, e.getMessage());
    }
  }

  private void fail(String file, String message) {
    failures.add(new Failure(file, message));
    err.println(file + ": cannot read: " + message);
  }

  private void validateDocument(String file, Path path) throws IOException {
    Chronicle chronicle;
    try (InputStream in = Files.newInputStream(path)) {
      chronicle = json.readChronicle(in);
    } catch (ParleyJsonException e) {
      if (SYNTAX.contains(e.kind())
          || e.kind() == ParleyJsonException.Kind.LIMIT_EXCEEDED
          || !IN_ARRAY.matcher(e.pointer()).matches()) {
        throw e;
      }
      entries.addAll(fromException(file, e));
      return;
    }
    records += chronicle.parties().size() + chronicle.places().size() + chronicle.records().size();
    if (progress) {
      err.println(file + ": " + records + " records read");
    }
    Lines lines = new Lines();
    chronicle.parties().forEach(p -> lines.parties.put(p.id().value(), 0L));
    chronicle.places().forEach(p -> lines.places.put(p.id().value(), 0L));
    chronicle.records().forEach(r -> lines.records.put(r.id().value(), 0L));
    addFindings(file, chronicle, lines);
  }

  private void validateNdjson(String file, Path path) throws IOException {
    Chronicle.Builder b = Chronicle.builder();
    Lines lines = new Lines();
    Progress meter = new Progress(file);
    try (NdjsonReader in = json.ndjsonReader(Files.newInputStream(path), ErrorMode.COLLECT)) {
      while (in.hasNext()) {
        NdjsonRecord r = in.next();
        records++;
        meter.tick();
        if (!r.isValid()) {
          entries.addAll(fromException(file, r.error().orElseThrow()));
        } else if (r.value() instanceof Party p) {
          b.addParties(p);
          lines.parties.put(p.id().value(), r.line());
        } else if (r.value() instanceof Place p) {
          b.addPlaces(p);
          lines.places.put(p.id().value(), r.line());
        } else if (r.value() instanceof ChronicleRecord c) {
          b.addRecords(c);
          lines.records.put(c.id().value(), r.line());
        }
      }
    } finally {
      meter.done();
    }
    addFindings(file, b.build(), lines);
  }

  private void addFindings(String file, Chronicle chronicle, Lines lines) {
    for (Finding f : chronicle.validate().findings()) {
      String id = lines.idOf(f.path());
      entries.add(
          new Entry(
              file,
              id.isEmpty() ? 0 : lines.lineOf(id),
              id,
              f.rule(),
              f.severity(),
              f.path(),
              f.message()));
    }
  }

  /**
   * The findings of a record that could not be read: one per broken rule, or one for the JSON
   * problem.
   */
  static List<Entry> fromException(String file, ParleyJsonException e) {
    List<Entry> out = new ArrayList<>();
    if (e.kind() == ParleyJsonException.Kind.RULE_VIOLATION) {
      for (Violation v : e.violations()) {
        String path =
            e.pointer().isEmpty()
                ? v.path()
                : v.path().isEmpty() ? e.pointer() : e.pointer() + "." + v.path();
        out.add(new Entry(file, e.line(), "", v.rule(), Severity.ERROR, path, v.message()));
      }
    } else {
      out.add(
          new Entry(
              file,
              e.line(),
              "",
              readingCode(e.kind()),
              Severity.ERROR,
              e.pointer(),
              e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + e.detail()));
    }
    return out;
  }

  /** The rule code of a record that cannot be read for a reason other than a rule of the core. */
  static String readingCode(ParleyJsonException.Kind kind) {
    if (SYNTAX.contains(kind)) {
      return "JSON_MALFORMED";
    }
    if (kind == ParleyJsonException.Kind.LIMIT_EXCEEDED) {
      return "JSON_LIMIT_EXCEEDED";
    }
    return "JSON_INVALID";
  }

  private void printJson() {
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      long errors = entries.stream().filter(e -> e.severity() == Severity.ERROR).count();
      g.writeStartObject();
      g.writeNumberField("files", files.size());
      g.writeNumberField("records", records);
      g.writeNumberField("errors", errors);
      g.writeNumberField("warnings", entries.size() - errors);
      g.writeArrayFieldStart("unreadable");
      for (Failure f : failures) {
        g.writeStartObject();
        g.writeStringField("file", f.file());
        g.writeStringField("message", f.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (Entry e : entries) {
        g.writeStartObject();
        g.writeStringField("file", e.file());
        if (e.line() > 0) {
          g.writeNumberField("line", e.line());
        }
        if (!e.record().isEmpty()) {
          g.writeStringField("record", e.record());
        }
        g.writeStringField("rule", e.rule());
        g.writeStringField("severity", e.severity().name().toLowerCase(Locale.ROOT));
        g.writeStringField("path", e.path());
        g.writeStringField("message", e.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /** The line of each id, the last one read; 0 for a document. */
  private static final class Lines {
    final Map<String, Long> records = new HashMap<>();
    final Map<String, Long> parties = new HashMap<>();
    final Map<String, Long> places = new HashMap<>();

    /**
     * The id a finding's path starts with: the longest known id followed by the end, '.' or '['.
     */
    String idOf(String path) {
      String best = "";
      for (Map<String, Long> ids : List.of(records, parties, places)) {
        for (int i = path.length(); i > 0; i--) {
          if (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
            continue;
          }
          String candidate = path.substring(0, i);
          if (ids.containsKey(candidate) && candidate.length() > best.length()) {
            best = candidate;
            break;
          }
        }
      }
      return best;
    }

    long lineOf(String id) {
      for (Map<String, Long> ids : List.of(records, parties, places)) {
        Long line = ids.get(id);
        if (line != null) {
          return line;
        }
      }
      return 0;
    }
  }

  /** Records read and records per second on stderr, at most once a second, when enabled. */
  private final class Progress {
    private final String file;
    private final long start = System.nanoTime();
    private long last = start;
    private long count;
    private boolean shown;

    Progress(String file) {
      this.file = file;
    }

    void tick() {
      count++;
      if (!progress || (count & 1023) != 0) {
        return;
      }
      long now = System.nanoTime();
      if (now - last >= 1_000_000_000L) {
        last = now;
        long perSecond = count * 1_000_000_000L / Math.max(1, now - start);
        err.print("\r" + file + ": " + count + " records read, " + perSecond + " records/s");
        err.flush();
        shown = true;
      }
    }

    void done() {
      if (shown) {
        long perSecond = count * 1_000_000_000L / Math.max(1, System.nanoTime() - start);
        err.println("\r" + file + ": " + count + " records read, " + perSecond + " records/s");
      }
    }
  }
}
