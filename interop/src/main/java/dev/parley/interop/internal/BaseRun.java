package dev.parley.interop.internal;

import static java.util.Objects.requireNonNull;

import dev.parley.interop.ImportException;
import dev.parley.interop.ImportFinding;
import dev.parley.interop.ImportFinding.Severity;
import dev.parley.interop.ImportOptions;
import dev.parley.interop.ImportReport;
import dev.parley.interop.ImportRun;
import dev.parley.interop.RecordSink;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.record.ChronicleRecord;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every import run shares: one row at a time is mapped into pending values, which go to the
 * sink only if the whole row maps (never half a row); parties and places go once per run, before
 * the records that refer to them; source ids are checked for duplicates; and the report is kept as
 * it goes. Not thread-safe.
 */
public abstract class BaseRun implements ImportRun {
  /** The rule code of a row whose source id an earlier row had. */
  public static final String DUPLICATE = "IMPORT_DUPLICATE_ID";

  /** The options of the run. */
  protected final ImportOptions options;

  private final RecordSink sink;
  private final LongSet parties = new LongSet();
  private final LongSet places = new LongSet();
  private final LongSet sourceIds = new LongSet();
  private final Map<String, Long> values = new LinkedHashMap<>();
  private final Map<String, Long> notMapped = new TreeMap<>();
  private final List<ImportFinding> findings = new ArrayList<>();
  private long files;
  private long rows;
  private long outside;
  private long duplicates;
  private long errors;
  private long warnings;
  private String file = "";
  private long row;

  private final Map<String, CachedPlace> placeCache = boundedCache();
  private final List<Party> pendingParties = new ArrayList<>();
  private final List<Place> pendingPlaces = new ArrayList<>();
  private final List<ChronicleRecord> pendingRecords = new ArrayList<>();
  private final List<String[]> pendingWarnings = new ArrayList<>();
  private final List<String> pendingDropped = new ArrayList<>();
  private boolean pendingOutside;

  /**
   * Creates a run.
   *
   * @param options the options
   * @param sink where values go
   */
  protected BaseRun(ImportOptions options, RecordSink sink) {
    this.options = requireNonNull(options, "options");
    this.sink = requireNonNull(sink, "sink");
  }

  @Override
  public final void read(InputStream in, String file) {
    requireNonNull(in, "in");
    this.file = requireNonNull(file, "file");
    files++;
    row = 0;
    try {
      readRows(in);
    } catch (IOException | UncheckedIOException e) {
      throw new ImportException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the file, calling {@link #row} for each row.
   *
   * @param in the bytes
   * @throws IOException if the file cannot be read at all
   */
  protected abstract void readRows(InputStream in) throws IOException;

  /**
   * Reads a CSV file row by row: rows wider than the header are errors, and a CSV malformed from
   * some row on ends the file with one error.
   *
   * @param in the bytes
   * @param required the columns the header must have
   * @throws IOException if the file cannot be read at all, or its header lacks a required column
   */
  protected final void readCsv(InputStream in, java.util.Set<String> required) throws IOException {
    try (CsvRows rows = CsvRows.open(in, required)) {
      while (true) {
        Row r;
        try {
          r = rows.next();
        } catch (IOException e) {
          fileError(rows.rowNumber() + 1, "CSV_MALFORMED", describe(e));
          return;
        }
        if (r == null) {
          return;
        }
        if (rows.lastWidth() > rows.width()) {
          rowError(
              r,
              "",
              "CSV_ROW_WIDTH",
              "the row has " + rows.lastWidth() + " fields, the header " + rows.width());
          continue;
        }
        row(r);
      }
    }
  }

  /**
   * Maps one row, calling {@link #party}, {@link #place}, {@link #record}, {@link #warn}, {@link
   * #dropped} or {@link #outsideDomain}.
   *
   * @param row the row
   * @throws RowError if the row cannot be imported
   */
  protected abstract void map(Row row);

  /**
   * Returns the place made from some row fields, made once per run for as long as it stays among
   * the 4,096 most recently used; the warnings its making gave are given again for each row that
   * uses it.
   *
   * @param key every row field the place is made from, joined
   * @param make makes the place, adding warnings or throwing {@link RowError}
   * @return the place
   */
  protected final Place place(String key, java.util.function.Supplier<Place> make) {
    CachedPlace c = placeCache.get(key);
    if (c != null) {
      pendingWarnings.addAll(c.warnings());
      return c.place();
    }
    int before = pendingWarnings.size();
    Place p = make.get();
    placeCache.put(
        key,
        new CachedPlace(p, List.copyOf(pendingWarnings.subList(before, pendingWarnings.size()))));
    return p;
  }

  private record CachedPlace(Place place, List<String[]> warnings) {}

  /**
   * Returns a new map for a run's repeated values (places and parties by the row fields that make
   * them), bounded: past 4,096 entries the least recently used goes.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @return the map, owned by the caller
   */
  protected static <K, V> Map<K, V> boundedCache() {
    return new LinkedHashMap<K, V>(1 << 8, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > 4096;
      }
    };
  }

  /**
   * Maps one row and sends its values, or records why it cannot be imported.
   *
   * @param r the row
   */
  protected final void row(Row r) {
    rows++;
    row = r.number();
    clearPending();
    try {
      map(r);
    } catch (RowError e) {
      clearPending();
      error(row, e.column(), e.rule(), e.getMessage());
      return;
    } catch (InvalidValueException e) {
      clearPending();
      error(row, "", e.violations().get(0).rule(), e.getMessage());
      return;
    }
    if (pendingOutside) {
      outside++;
    }
    for (Party p : pendingParties) {
      if (parties.add(Ids.hash(p.id().value()))) {
        sink.party(p);
        count("party");
      }
    }
    for (Place p : pendingPlaces) {
      if (places.add(Ids.hash(p.id().value()))) {
        sink.place(p);
        count("place");
      }
    }
    for (ChronicleRecord r2 : pendingRecords) {
      sink.record(r2);
      count(r2.recordType().token());
    }
    for (String[] w : pendingWarnings) {
      add(ImportFinding.of(file, row, w[0], w[1], Severity.WARNING, w[2]));
      warnings++;
    }
    for (String c : pendingDropped) {
      notMapped.merge(c, 1L, Long::sum);
    }
  }

  private void clearPending() {
    pendingParties.clear();
    pendingPlaces.clear();
    pendingRecords.clear();
    pendingWarnings.clear();
    pendingDropped.clear();
    pendingOutside = false;
  }

  private void count(String type) {
    values.merge(type, 1L, Long::sum);
  }

  /**
   * Checks that no earlier row of the run had a source id.
   *
   * @param sourceId the id as the dataset gives it
   * @param column the id's column
   * @throws RowError if an earlier row had it
   */
  protected final void checkUnique(String sourceId, String column) {
    if (!sourceIds.add(Ids.hash(sourceId))) {
      duplicates++;
      throw new RowError(
          column,
          DUPLICATE,
          "the id " + sourceId + " was already read in an earlier row; this row is skipped");
    }
  }

  /**
   * Sends a party with the row, unless the run sent it already.
   *
   * @param p the party
   */
  protected final void party(Party p) {
    pendingParties.add(p);
  }

  /**
   * Sends a place with the row, unless the run sent it already.
   *
   * @param p the place
   */
  protected final void place(Place p) {
    pendingPlaces.add(p);
  }

  /**
   * Sends a record with the row.
   *
   * @param r the record
   */
  protected final void record(ChronicleRecord r) {
    pendingRecords.add(r);
  }

  /**
   * Records, if the row is imported, that a value could not be kept as given.
   *
   * @param column the column
   * @param rule the rule code
   * @param message the message
   */
  protected final void warn(String column, String rule, String message) {
    pendingWarnings.add(new String[] {column, rule, message});
  }

  /**
   * Counts, if the row is imported, a value in a column that the model cannot hold.
   *
   * @param row the row
   * @param columns the columns whose non-empty values are not kept
   */
  protected final void dropped(Row row, String... columns) {
    for (String c : columns) {
      if (!row.get(c).isEmpty()) {
        pendingDropped.add(c);
      }
    }
  }

  /**
   * Counts, if the row is imported, one value that the model cannot hold.
   *
   * @param column the column or field
   */
  protected final void dropped(String column) {
    pendingDropped.add(column);
  }

  /** Marks the row as outside Parley's domain: counted, not an error. */
  protected final void outsideDomain() {
    pendingOutside = true;
  }

  /**
   * Records an error that stops the rest of the file (malformed CSV from here on).
   *
   * @param atRow the row
   * @param rule the rule code
   * @param message the message
   */
  protected final void fileError(long atRow, String rule, String message) {
    error(atRow, "", rule, message);
  }

  /**
   * Records a row that was read but cannot be imported because of its shape.
   *
   * @param r the row
   * @param column the column, or empty
   * @param rule the rule code
   * @param message the message
   */
  protected final void rowError(Row r, String column, String rule, String message) {
    rows++;
    error(r.number(), column, rule, message);
  }

  private void error(long atRow, String column, String rule, String message) {
    ImportFinding f = ImportFinding.of(file, atRow, column, rule, Severity.ERROR, message);
    errors++;
    add(f);
    if (options.failFast()) {
      throw new ImportException(f);
    }
  }

  private void add(ImportFinding f) {
    if (findings.size() < options.maxFindings()) {
      findings.add(f);
    }
  }

  /**
   * Describes why the rest of a file cannot be read, with the line and column where Jackson stopped
   * when it says.
   *
   * @param e the failure
   * @return a message
   */
  protected static String describe(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException p
        && p.getLocation() != null) {
      return "the rest of the file cannot be read: malformed at line "
          + p.getLocation().getLineNr()
          + ", column "
          + p.getLocation().getColumnNr();
    }
    return "the rest of the file cannot be read: " + e.getMessage();
  }

  /**
   * Returns the name of the file being read.
   *
   * @return the name
   */
  protected final String file() {
    return file;
  }

  @Override
  public final ImportReport report() {
    return ImportReport.of(
        files, rows, values, outside, notMapped, duplicates, errors, warnings, findings);
  }
}
