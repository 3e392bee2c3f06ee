package dev.parley.interop.geojson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableMap;
import dev.parley.estimate.Estimate;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.incident.Incident;
import dev.parley.interop.internal.Flat;
import dev.parley.interop.internal.Lookup;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.place.Coordinates;
import dev.parley.place.Place;
import dev.parley.territory.TerritorialClaim;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes places, incidents and territorial claims as three GeoJSON FeatureCollections (RFC 7946):
 * {@code places.geojson}, {@code incidents.geojson} and {@code claims.geojson}, which QGIS,
 * Leaflet, MapLibre and GeoPandas load as they are.
 *
 * <pre>{@code
 * try (GeoJsonExporter out = GeoJsonExporter.toDirectory(Path.of("map"))) {
 *   values.forEach(out::write);     // places before the records that name them
 * }
 * }</pre>
 *
 * <p>Each feature's geometry is a {@code Point} with coordinates in RFC 7946's order, longitude
 * before latitude, in WGS 84; a place without coordinates, and a record whose place has none or was
 * not written before it, or a claim about a region or a share, has a {@code null} geometry (allowed
 * by RFC 7946, section 3.2), so no record is lost. Feature ids are the Parley ids. Properties are
 * flat (strings, numbers, booleans) so that a map can style by them: for incidents {@code
 * killed_low}, {@code killed_best}, {@code killed_high}, {@code target}, {@code weapon}; for claims
 * {@code kind}, {@code claimant}, {@code asserts_control} and the claimed area and number of
 * settlements ({@code area_km2_low}, {@code settlements_best}, ...); for places {@code precision}.
 * The full list is in {@code docs/interop.md}. Other values are ignored. Memory grows with distinct
 * parties and places only. Not thread-safe.
 */
public final class GeoJsonExporter implements Closeable {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator places;
  private final JsonGenerator incidents;
  private final JsonGenerator claims;
  private final Lookup lookup = new Lookup();
  private final Map<String, Long> counts = new LinkedHashMap<>();

  private GeoJsonExporter(OutputStream places, OutputStream incidents, OutputStream claims)
      throws IOException {
    this.places = start(places);
    this.incidents = start(incidents);
    this.claims = start(claims);
  }

  private static JsonGenerator start(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeArrayFieldStart("features");
    return g;
  }

  /**
   * Returns an exporter writing {@code places.geojson}, {@code incidents.geojson} and {@code
   * claims.geojson} into a directory, created if missing; all three are written, empty collections
   * included.
   *
   * @param dir the directory
   * @return the exporter, not null
   * @throws UncheckedIOException if a file cannot be created
   */
  public static GeoJsonExporter toDirectory(Path dir) {
    try {
      Files.createDirectories(requireNonNull(dir, "dir"));
      return new GeoJsonExporter(
          Files.newOutputStream(dir.resolve("places.geojson")),
          Files.newOutputStream(dir.resolve("incidents.geojson")),
          Files.newOutputStream(dir.resolve("claims.geojson")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns an exporter writing the three collections to three streams, which {@link #close()}
   * closes.
   *
   * @param places where places go
   * @param incidents where incidents go
   * @param claims where territorial claims go
   * @return the exporter, not null
   * @throws UncheckedIOException if a stream fails
   */
  public static GeoJsonExporter of(
      OutputStream places, OutputStream incidents, OutputStream claims) {
    try {
      return new GeoJsonExporter(
          requireNonNull(places, "places"),
          requireNonNull(incidents, "incidents"),
          requireNonNull(claims, "claims"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a place, incident or territorial claim as a feature; remembers parties for the names of
   * later records and ignores other values.
   *
   * @param value any Parley value
   * @return this exporter
   * @throws UncheckedIOException if a stream fails
   */
  public GeoJsonExporter write(Object value) {
    requireNonNull(value, "value");
    lookup.see(value);
    try {
      if (value instanceof Place p) {
        place(p);
      } else if (value instanceof Incident i) {
        incident(i);
      } else if (value instanceof TerritorialClaim c) {
        claim(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private void place(Place p) throws IOException {
    JsonGenerator g = feature(places, p.id().value(), p.coordinates());
    g.writeStringField("id", p.id().value());
    g.writeStringField("name", p.name());
    g.writeStringField("country", p.country().value());
    optional(g, "region", p.region().map(Object::toString));
    g.writeStringField("precision", Flat.token(p.precision()));
    optional(g, "border_with", p.borderWith().map(Object::toString));
    end(g, "places");
  }

  private void incident(Incident i) throws IOException {
    Optional<Place> place = lookup.place(i.place());
    JsonGenerator g = feature(incidents, i.id().value(), place.flatMap(Place::coordinates));
    g.writeStringField("id", i.id().value());
    g.writeStringField("date", i.date().toString());
    g.writeStringField("date_start", i.date().start().toString());
    g.writeStringField("date_end", i.date().end().toString());
    g.writeStringField("date_precision", Flat.token(i.date().precision()));
    g.writeStringField("place_id", i.place().value());
    optional(g, "place_name", place.map(Place::name));
    optional(g, "location_precision", place.map(p -> Flat.token(p.precision())));
    g.writeStringField("target", Flat.token(i.target()));
    optional(g, "weapon", i.weapon().map(Flat::token));
    optional(g, "perpetrator", i.perpetrator().map(p -> p.party().value()));
    optional(g, "perpetrator_name", i.perpetrator().flatMap(p -> name(p.party())));
    estimate(g, "killed", i.killed());
    estimate(g, "injured", i.injured());
    String[] codes = Flat.codes(i);
    g.writeStringField("cameo", codes[0]);
    g.writeStringField("plover_type", codes[1]);
    end(g, "incidents");
  }

  private void claim(TerritorialClaim c) throws IOException {
    Optional<Place> place = c.subject().place().flatMap(lookup::place);
    JsonGenerator g = feature(claims, c.id().value(), place.flatMap(Place::coordinates));
    g.writeStringField("id", c.id().value());
    g.writeStringField("as_of", c.asOf().toString());
    g.writeStringField("as_of_start", c.asOf().start().toString());
    g.writeStringField("as_of_end", c.asOf().end().toString());
    g.writeStringField("claimant", c.claimant().value());
    optional(g, "claimant_name", name(c.claimant()));
    g.writeStringField("kind", Flat.token(c.kind()));
    g.writeStringField("means", Flat.token(c.means()));
    g.writeBooleanField("asserts_control", c.assertsControl());
    g.writeStringField("subject", c.subject().toString());
    optional(g, "place_name", place.map(Place::name));
    optional(g, "location_precision", place.map(p -> Flat.token(p.precision())));
    optional(g, "subject_region", c.subject().region().map(Object::toString));
    figures(g, "area_km2", c.areaKm2());
    figures(g, "settlements", c.settlements());
    end(g, "claims");
  }

  private Optional<String> name(PartyId id) {
    return lookup.party(id).map(Party::name);
  }

  /**
   * The first of several sourced figures as an estimate's properties, with the number of figures
   * and the outlets of the first; nothing when no figure is given.
   */
  private static void figures(JsonGenerator g, String name, List<SourcedEstimate> figures)
      throws IOException {
    if (figures.isEmpty()) {
      return;
    }
    estimate(g, name, figures.get(0).estimate());
    g.writeStringField(name + "_sources", Flat.outlets(figures.get(0).sources()));
    g.writeNumberField(name + "_figures", figures.size());
  }

  private static void estimate(JsonGenerator g, String name, Estimate e) throws IOException {
    g.writeStringField(name, e.toString());
    g.writeStringField(name + "_kind", Flat.estimate(e)[0]);
    if (e.low().isPresent()) {
      g.writeNumberField(name + "_low", e.low().getAsLong());
    }
    if (e.best().isPresent()) {
      g.writeNumberField(name + "_best", e.best().getAsLong());
    }
    if (e.high().isPresent()) {
      g.writeNumberField(name + "_high", e.high().getAsLong());
    }
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static JsonGenerator feature(JsonGenerator g, String id, Optional<Coordinates> point)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeStringField("id", id);
    if (point.isPresent()) {
      g.writeObjectFieldStart("geometry");
      g.writeStringField("type", "Point");
      g.writeArrayFieldStart("coordinates");
      g.writeNumber(point.get().longitude());
      g.writeNumber(point.get().latitude());
      g.writeEndArray();
      g.writeEndObject();
    } else {
      g.writeNullField("geometry");
    }
    g.writeObjectFieldStart("properties");
    return g;
  }

  private void end(JsonGenerator g, String collection) throws IOException {
    g.writeEndObject();
    g.writeEndObject();
    counts.merge(collection, 1L, Long::sum);
  }

  /**
   * Returns the features written so far, per collection: {@code places}, {@code incidents}, {@code
   * claims}.
   *
   * @return counts by collection, immutable
   */
  public Map<String, Long> counts() {
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Ends the three collections and closes their streams.
   *
   * @throws UncheckedIOException if a stream fails
   */
  @Override
  public void close() {
    IOException first = null;
    for (JsonGenerator g : new JsonGenerator[] {places, incidents, claims}) {
      try {
        if (!g.isClosed()) {
          g.writeEndArray();
          g.writeEndObject();
          g.writeRaw('\n');
          g.close();
        }
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw new UncheckedIOException(first);
    }
  }
}
