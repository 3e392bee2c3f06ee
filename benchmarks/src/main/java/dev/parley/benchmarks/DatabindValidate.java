package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.benchmarks.plain.PlainToParley;
import dev.parley.chronicle.Chronicle;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.record.ChronicleRecord;
import dev.parley.validation.Finding;
import dev.parley.validation.InvalidValueException;
import dev.parley.validation.Severity;
import dev.parley.validation.Violation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The baseline for the {@code validate} command's wall time: the same command with its reading done
 * by Jackson databind. It reads an NDJSON record stream with a default {@link ObjectMapper} into
 * the plain records, turns each into Parley's validated value ({@link PlainToParley}), collects
 * them into one chronicle, checks it and prints every finding and the summary line in the format of
 * {@code validate}'s text output. The header line is skipped, as the databind reading baseline
 * does.
 *
 * <p>Everything after the reading step is what {@code validate} does: the same builder, the same
 * checks, the same line of each record for its findings and the same text per finding. On a file
 * whose records are all valid its output equals {@code validate}'s (a test checks it), so the two
 * processes do the same work and differ only in how the JSON is read. A record that breaks a rule
 * is an error on its line, as in {@code validate}, but at the rule's path within the value that
 * broke it ({@code count}, where {@code validate} says {@code /quotas/0.count}): the plain records
 * do not keep where in the line a value stood. Lines are counted one record each.
 */
public final class DatabindValidate {
  private DatabindValidate() {}

  /**
   * Checks one NDJSON file.
   *
   * @param file the file
   * @param out where the findings and the summary go
   * @return the exit code of {@code validate}: 0, or 1 when there is an error finding
   * @throws IOException when the file cannot be read
   */
  public static int run(Path file, PrintStream out) throws IOException {
    String name = file.toString();
    Chronicle.Builder b = Chronicle.builder();
    Map<String, Long> records = new HashMap<>();
    Map<String, Long> parties = new HashMap<>();
    Map<String, Long> places = new HashMap<>();
    List<String> entries = new ArrayList<>();
    long errors = 0;
    long count = 0;
    try (InputStream in = body(file)) {
      long line = 1;
      try (MappingIterator<PlainLine> it = Corpus.plainReader(new ObjectMapper()).readValues(in)) {
        while (it.hasNext()) {
          PlainLine plain = it.next();
          line++;
          count++;
          Object value;
          try {
            value = PlainToParley.convert(plain);
          } catch (InvalidValueException e) {
            for (Violation v : e.violations()) {
              entries.add(text(name, line, "", v.rule(), Severity.ERROR, v.path(), v.message()));
              errors++;
            }
            continue;
          }
          if (value instanceof Party p) {
            b.addParties(p);
            parties.put(p.id().value(), line);
          } else if (value instanceof Place p) {
            b.addPlaces(p);
            places.put(p.id().value(), line);
          } else if (value instanceof ChronicleRecord r) {
            b.addRecords(r);
            records.put(r.id().value(), line);
          }
        }
      }
    }
    List<Map<String, Long>> lines = List.of(records, parties, places);
    for (Finding f : b.build().validate().findings()) {
      String id = idOf(lines, f.path());
      entries.add(
          text(
              name,
              id.isEmpty() ? 0 : lineOf(lines, id),
              id,
              f.rule(),
              f.severity(),
              f.path(),
              f.message()));
      errors += f.severity() == Severity.ERROR ? 1 : 0;
    }
    entries.forEach(out::println);
    out.println(
        "1 file(s), "
            + count
            + " record(s): "
            + errors
            + " error(s), "
            + (entries.size() - errors)
            + " warning(s)");
    out.flush();
    return errors > 0 ? 1 : 0;
  }

  /**
   * Opens an NDJSON file past its header line.
   *
   * @param file the file
   * @return its records, buffered
   * @throws IOException when the file cannot be read
   */
  static InputStream body(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    try {
      for (int c = in.read(); c != '\n' && c >= 0; c = in.read()) {
        // the header line
      }
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return in;
  }

  /** A finding as {@code validate}'s text output gives it. */
  private static String text(
      String file,
      long line,
      String record,
      String rule,
      Severity severity,
      String path,
      String message) {
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

  /** The longest known id that a finding's path starts with, followed by the end, '.' or '['. */
  private static String idOf(List<Map<String, Long>> lines, String path) {
    String best = "";
    for (Map<String, Long> ids : lines) {
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

  private static long lineOf(List<Map<String, Long>> lines, String id) {
    for (Map<String, Long> ids : lines) {
      Long line = ids.get(id);
      if (line != null) {
        return line;
      }
    }
    return 0;
  }
}
