package dev.parley.interop.csv;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.estimate.Estimate;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Custody;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.incident.Incident;
import dev.parley.interop.internal.Flat;
import dev.parley.interop.internal.Lookup;
import dev.parley.party.Party;
import dev.parley.place.Coordinates;
import dev.parley.place.Place;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordType;
import dev.parley.territory.TerritorialClaim;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes parties, places and records as flat CSV tables, one file per type, that pandas' and R's
 * {@code read_csv} load without options: UTF-8 without a byte order mark, a header row, comma
 * separated, {@code \n} line ends, fields quoted only where they hold a comma, quote or line break.
 *
 * <pre>{@code
 * try (CsvExporter out = CsvExporter.toDirectory(Path.of("out"))) {
 *   records.forEach(out::write);          // parties and places before the records naming them
 * }
 * // out/incidents.csv, out/territorial_claims.csv, out/places.csv, out/parties.csv, ...
 * }</pre>
 *
 * <p>Estimates are three columns, {@code _low}, {@code _best} and {@code _high}, with a {@code
 * _kind} column ({@code exact}, {@code at_least}, {@code range}, {@code approximate}, {@code
 * unknown}); absent values are empty fields, which pandas reads as NaN and R as NA. Lists are
 * joined with {@code |}, and a {@code |} or {@code \} inside an item is escaped with a backslash.
 * Records carry the names and coordinates of the parties and places written before them. Every
 * column is listed by {@link #columns(String)} and described in {@code docs/interop.md}. A file is
 * created when its first row comes. Memory grows with distinct parties and places only. Not
 * thread-safe.
 */
public final class CsvExporter implements Closeable {
  /** The table of parties. */
  public static final String PARTIES = "parties";

  /** The table of places. */
  public static final String PLACES = "places";

  private static final List<String> DATE =
      List.of("date", "date_start", "date_end", "date_precision");
  private static final List<String> CODES = List.of("cameo", "plover_type", "plover_mode");
  private static final Map<String, List<String>> COLUMNS;
  private static final Map<RecordType, String> TABLES = new EnumMap<>(RecordType.class);

  static {
    TABLES.put(RecordType.INCIDENT, "incidents");
    TABLES.put(RecordType.TERRITORIAL_CLAIM, "territorial_claims");
    TABLES.put(RecordType.AGREEMENT, "agreements");
    TABLES.put(RecordType.EXCHANGE, "exchanges");
    TABLES.put(RecordType.NEGOTIATION_ROUND, "negotiation_rounds");
    TABLES.put(RecordType.CEASEFIRE_PROPOSAL, "ceasefire_proposals");
    TABLES.put(RecordType.ASSESSMENT, "assessments");
    TABLES.put(RecordType.TRUCE, "truces");
    Map<String, List<String>> c = new LinkedHashMap<>();
    c.put(PARTIES, List.of("id", "name", "kind", "country", "acting_for"));
    c.put(
        PLACES,
        List.of(
            "id",
            "name",
            "country",
            "region",
            "latitude",
            "longitude",
            "precision",
            "acled_geo_precision",
            "ucdp_where_prec",
            "border_with"));
    c.put(
        "incidents",
        concat(
            List.of("id"),
            DATE,
            List.of(
                "time",
                "place_id",
                "place_name",
                "latitude",
                "longitude",
                "country",
                "region",
                "location_precision",
                "target",
                "perpetrator_id",
                "perpetrator_name",
                "perpetrator_attribution",
                "weapon",
                "killed_kind",
                "killed_low",
                "killed_best",
                "killed_high",
                "injured_kind",
                "injured_low",
                "injured_best",
                "injured_high",
                "revisions"),
            CODES,
            List.of("source_outlets", "source_links")));
    c.put(
        "territorial_claims",
        concat(
            List.of("id"),
            List.of("as_of", "as_of_start", "as_of_end", "as_of_precision"),
            List.of(
                "claimant_id",
                "claimant_name",
                "kind",
                "means",
                "asserts_control",
                "subject_kind",
                "subject_place_id",
                "subject_place_name",
                "latitude",
                "longitude",
                "subject_region",
                "subject_country",
                "subject_percent",
                "subject_approximate"),
            CODES,
            List.of("source_outlets", "source_links"),
            estimateColumns("area_km2"),
            estimateColumns("settlements")));
    List<String> generic =
        concat(List.of("id"), DATE, List.of("parties", "places", "records"), CODES);
    c.put("agreements", concat(generic, List.of("implementation_start")));
    c.put(
        "exchanges",
        concat(generic, List.of("running_number", "note", "custodians", "in_custody", "notables")));
    c.put(
        "ceasefire_proposals",
        concat(generic, List.of("proposers", "venue_id", "venue_name", "answers", "mirrors")));
    for (RecordType t : RecordType.values()) {
      c.putIfAbsent(TABLES.get(t), generic);
    }
    COLUMNS = ImmutableMap.copyOf(c);
  }

  private static final CsvFactory FACTORY =
      CsvFactory.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private final Path dir;
  private final Lookup lookup = new Lookup();
  private final Map<String, CsvGenerator> open = new LinkedHashMap<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();

  private CsvExporter(Path dir) {
    this.dir = dir;
  }

  private static List<String> estimateColumns(String name) {
    return List.of(name + "_kind", name + "_low", name + "_best", name + "_high");
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> p : parts) {
      all.addAll(p);
    }
    return ImmutableList.copyOf(all);
  }

  /**
   * Returns an exporter writing {@code <table>.csv} files into a directory, created if missing.
   *
   * @param dir the directory
   * @return the exporter, not null
   * @throws UncheckedIOException if the directory cannot be created
   */
  public static CsvExporter toDirectory(Path dir) {
    try {
      Files.createDirectories(requireNonNull(dir, "dir"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CsvExporter(dir);
  }

  /**
   * Returns the names of the tables, in the order of {@link #columns(String)}: {@code parties},
   * {@code places}, then one per record type ({@code incidents}, {@code territorial_claims}, ...).
   *
   * @return the table names, immutable
   */
  public static List<String> tables() {
    return ImmutableList.copyOf(COLUMNS.keySet());
  }

  /**
   * Returns the table a record type is written to.
   *
   * @param type the record type
   * @return such as {@code territorial_claims}
   */
  public static String table(RecordType type) {
    return TABLES.get(requireNonNull(type, "type"));
  }

  /**
   * Returns a table's columns, in file order.
   *
   * @param table a name from {@link #tables()}
   * @return the column names, immutable
   * @throws IllegalArgumentException if there is no such table
   */
  public static List<String> columns(String table) {
    List<String> c = COLUMNS.get(table);
    if (c == null) {
      throw new IllegalArgumentException(
          "no table \"" + table + "\"; tables are " + COLUMNS.keySet());
    }
    return c;
  }

  /**
   * Writes one party, place or record as a row of its table.
   *
   * @param value a {@link Party}, {@link Place} or {@link ChronicleRecord}
   * @return this exporter
   * @throws IllegalArgumentException if the value is none of these
   * @throws UncheckedIOException if a file cannot be written
   */
  public CsvExporter write(Object value) {
    requireNonNull(value, "value");
    lookup.see(value);
    if (value instanceof Party p) {
      row(
          PARTIES,
          p.id().value(),
          p.name(),
          Flat.token(p.kind()),
          p.country().map(Object::toString).orElse(""),
          p.actingFor().map(Object::toString).orElse(""));
    } else if (value instanceof Place p) {
      row(
          PLACES,
          p.id().value(),
          p.name(),
          p.country().value(),
          p.region().map(Object::toString).orElse(""),
          lat(p.coordinates()),
          lon(p.coordinates()),
          Flat.token(p.precision()),
          p.precision().acledGeoPrecision().isPresent()
              ? Integer.toString(p.precision().acledGeoPrecision().getAsInt())
              : "",
          Integer.toString(p.precision().ucdpWherePrecision()),
          p.borderWith().map(Object::toString).orElse(""));
    } else if (value instanceof Incident i) {
      incident(i);
    } else if (value instanceof TerritorialClaim c) {
      claim(c);
    } else if (value instanceof ChronicleRecord r) {
      List<String> v = new ArrayList<>();
      v.add(r.id().value());
      v.addAll(List.of(Flat.date(r.recordDate())));
      v.add(
          Flat.join(
              r.referencedParties().stream()
                  .map(Object::toString)
                  .sorted()
                  .collect(Collectors.toList())));
      v.add(
          Flat.join(
              r.referencedPlaces().stream()
                  .map(Object::toString)
                  .sorted()
                  .collect(Collectors.toList())));
      v.add(
          Flat.join(
              r.referencedRecords().stream()
                  .map(Object::toString)
                  .sorted()
                  .collect(Collectors.toList())));
      v.addAll(List.of(Flat.codes(r)));
      if (r instanceof Agreement a) {
        v.add(a.implementationStart().map(Object::toString).orElse(""));
      } else if (r instanceof Exchange e) {
        exchange(e, v);
      } else if (r instanceof CeasefireProposal p) {
        v.add(Flat.join(p.proposers().stream().map(Object::toString).toList()));
        v.add(p.venue().map(Object::toString).orElse(""));
        v.add(p.venue().flatMap(lookup::place).map(Place::name).orElse(""));
        v.add(p.answers().map(Object::toString).orElse(""));
        v.add(p.mirrors().map(Object::toString).orElse(""));
      }
      row(TABLES.get(r.recordType()), v.toArray(new String[0]));
    } else {
      throw new IllegalArgumentException(
          "not a party, place or record: " + value.getClass().getName());
    }
    return this;
  }

  /**
   * The exchange's own columns: the running number and note, the third parties holding people in
   * custody (each once) with how many they hold, and the people named among the released.
   */
  private static void exchange(Exchange e, List<String> v) {
    v.add(e.runningNumber().map(n -> Integer.toString(n.number())).orElse(""));
    v.add(e.note().orElse(""));
    Set<String> custodians = new LinkedHashSet<>();
    Estimate held = Estimate.exact(0);
    List<String> notables = new ArrayList<>();
    for (Direction d : e.directions()) {
      if (d.custody().isPresent()) {
        Custody k = d.custody().get();
        custodians.add(k.custodian().value());
        // without a count, custody covers the whole direction
        held =
            held.plus(k.count().isPresent() ? Estimate.exact(k.count().getAsLong()) : d.released());
      }
      d.primaryFigure().ifPresent(f -> f.notables().forEach(n -> notables.add(n.name())));
    }
    v.add(Flat.join(custodians));
    v.add(custodians.isEmpty() ? "" : held.toString());
    v.add(Flat.join(notables));
  }

  private void incident(Incident i) {
    Optional<Place> place = lookup.place(i.place());
    List<String> v = new ArrayList<>();
    v.add(i.id().value());
    v.addAll(List.of(Flat.date(i.date())));
    v.add(i.time().map(Object::toString).orElse(""));
    v.add(i.place().value());
    v.add(place.map(Place::name).orElse(""));
    Optional<Coordinates> coords = place.flatMap(Place::coordinates);
    v.add(lat(coords));
    v.add(lon(coords));
    v.add(place.map(p -> p.country().value()).orElse(""));
    v.add(place.flatMap(Place::region).map(Object::toString).orElse(""));
    v.add(place.map(p -> Flat.token(p.precision())).orElse(""));
    v.add(Flat.token(i.target()));
    v.add(i.perpetrator().map(p -> p.party().value()).orElse(""));
    v.add(i.perpetrator().flatMap(p -> lookup.party(p.party())).map(Party::name).orElse(""));
    v.add(i.perpetrator().map(p -> Flat.token(p.attribution())).orElse(""));
    v.add(i.weapon().map(Flat::token).orElse(""));
    v.addAll(List.of(Flat.estimate(i.killed())));
    v.addAll(List.of(Flat.estimate(i.injured())));
    v.add(Integer.toString(i.casualties().revisions().size()));
    v.addAll(List.of(Flat.codes(i)));
    v.add(Flat.outlets(i.provenance()));
    v.add(Flat.links(i.provenance()));
    row("incidents", v.toArray(new String[0]));
  }

  private void claim(TerritorialClaim c) {
    Optional<Place> place = c.subject().place().flatMap(lookup::place);
    Optional<Coordinates> coords = place.flatMap(Place::coordinates);
    List<String> v = new ArrayList<>();
    v.add(c.id().value());
    v.addAll(List.of(Flat.date(c.asOf())));
    v.add(c.claimant().value());
    v.add(lookup.party(c.claimant()).map(Party::name).orElse(""));
    v.add(Flat.token(c.kind()));
    v.add(Flat.token(c.means()));
    v.add(Boolean.toString(c.assertsControl()));
    v.add(Flat.token(c.subject().kind()));
    v.add(c.subject().place().map(Object::toString).orElse(""));
    v.add(place.map(Place::name).orElse(""));
    v.add(lat(coords));
    v.add(lon(coords));
    v.add(c.subject().region().map(Object::toString).orElse(""));
    v.add(c.subject().country().map(Object::toString).orElse(""));
    v.add(c.subject().percent().map(java.math.BigDecimal::toPlainString).orElse(""));
    v.add(Boolean.toString(c.subject().approximate()));
    v.addAll(List.of(Flat.codes(c)));
    v.add(Flat.outlets(c.provenance()));
    v.add(Flat.links(c.provenance()));
    v.addAll(List.of(firstFigure(c.areaKm2())));
    v.addAll(List.of(firstFigure(c.settlements())));
    row("territorial_claims", v.toArray(new String[0]));
  }

  /**
   * The first of several sourced figures, as estimate columns; empty columns when none is given.
   */
  private static String[] firstFigure(List<SourcedEstimate> figures) {
    return figures.isEmpty()
        ? new String[] {"", "", "", ""}
        : Flat.estimate(figures.get(0).estimate());
  }

  private static String lat(Optional<Coordinates> c) {
    return c.map(x -> Double.toString(x.latitude())).orElse("");
  }

  private static String lon(Optional<Coordinates> c) {
    return c.map(x -> Double.toString(x.longitude())).orElse("");
  }

  private void row(String table, String... values) {
    try {
      CsvGenerator g = open.get(table);
      if (g == null) {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns(table).forEach(schema::addColumn);
        g =
            FACTORY.createGenerator(
                new BufferedWriter(
                    new OutputStreamWriter(
                        Files.newOutputStream(dir.resolve(table + ".csv")), StandardCharsets.UTF_8),
                    1 << 16));
        g.setSchema(schema.build().withHeader().withLineSeparator("\n"));
        open.put(table, g);
      }
      g.writeStartArray();
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
      counts.merge(table, 1L, Long::sum);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the rows written so far, per table.
   *
   * @return counts by table name, immutable
   */
  public Map<String, Long> counts() {
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Flushes and closes every file.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  @Override
  public void close() {
    IOException first = null;
    for (CsvGenerator g : open.values()) {
      try {
        g.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    open.clear();
    if (first != null) {
      throw new UncheckedIOException(first);
    }
  }
}
