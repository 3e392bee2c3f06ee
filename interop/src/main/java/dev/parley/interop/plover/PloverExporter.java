package dev.parley.interop.plover;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Truce;
import dev.parley.chronicle.Crosswalk;
import dev.parley.chronicle.EventCode;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.incident.Incident;
import dev.parley.interop.internal.Lookup;
import dev.parley.interop.internal.Tables;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.record.ChronicleRecord;
import dev.parley.territory.TerritorialClaim;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes records as PLOVER event records, one JSON object per line, through the crosswalk ({@link
 * Crosswalk}, {@code docs/crosswalk.md}): one event for each code of a record that has a PLOVER
 * event type, so a ceasefire proposal gives its own CONCEDE and one AGREE or REJECT per response,
 * and an exchange one RETREAT or CONCEDE per direction.
 *
 * <pre>{@code
 * try (PloverExporter out = PloverExporter.of(Files.newOutputStream(file))) {
 *   values.forEach(out::write);    // parties and places before the records naming them
 * }
 * }</pre>
 *
 * <p>Each event has {@code id} (the record id, with {@code #} and the part's path for a part),
 * {@code date} and, for a range, {@code enddate}, {@code source} and {@code recipient} actor lists
 * (every proposer of a joint proposal) ({@code code}: the party's ISO 3166-1 alpha-3 country or
 * {@code IGO}; {@code actor_text}: its name; {@code identifier_id}: its Parley id), {@code event}
 * and {@code mode} as one-element lists, {@code event_loc} for a record with a place, a proposal's
 * venue included ({@code name}, {@code latitude}, {@code longitude}, {@code country_code}, {@code
 * cc3}), {@code dead} and {@code injured} for incidents with a best or exact figure, and {@code
 * cite_info} naming Parley and the record. Records with no PLOVER code (assessments, cancelled
 * exchanges, claims to hold) write nothing. Not thread-safe.
 */
public final class PloverExporter implements Closeable {
  private static final Pattern DIRECTION = Pattern.compile("directions\\[(\\d+)]");
  private static final Pattern RESPONSE = Pattern.compile("responses\\[(\\d+)].*");

  private final JsonGenerator g;
  private final Lookup lookup = new Lookup();
  private long events;

  private PloverExporter(JsonGenerator g) {
    this.g = g;
  }

  /**
   * Returns an exporter writing to a stream, which {@link #close()} closes.
   *
   * @param out the stream
   * @return the exporter, not null
   * @throws UncheckedIOException if the stream fails
   */
  public static PloverExporter of(OutputStream out) {
    try {
      JsonGenerator g =
          new JsonFactory().createGenerator(requireNonNull(out, "out"), JsonEncoding.UTF8);
      g.setRootValueSeparator(null);
      return new PloverExporter(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the PLOVER events of a record; remembers parties and places for later records.
   *
   * @param value any Parley value; only records write events
   * @return this exporter
   * @throws UncheckedIOException if the stream fails
   */
  public PloverExporter write(Object value) {
    requireNonNull(value, "value");
    lookup.see(value);
    if (!(value instanceof ChronicleRecord r)) {
      return this;
    }
    try {
      for (EventCode code : Crosswalk.codes(r)) {
        if (code.ploverType().isEmpty()) {
          continue;
        }
        if (r instanceof Exchange e && code.path().isEmpty()) {
          for (int i = 0; i < e.directions().size(); i++) {
            event(r, code, "directions[" + i + "]");
          }
        } else {
          event(r, code, code.path());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private void event(ChronicleRecord r, EventCode code, String path) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id().value() + (path.isEmpty() ? "" : "#" + path));
    g.writeStringField("date", r.recordDate().start().toString());
    if (!r.recordDate().end().equals(r.recordDate().start())) {
      g.writeStringField("enddate", r.recordDate().end().toString());
    }
    List<PartyId> source = new ArrayList<>();
    List<PartyId> recipient = new ArrayList<>();
    actors(r, path, source, recipient);
    actorList("source", source);
    if (!recipient.isEmpty()) {
      actorList("recipient", recipient);
    }
    g.writeArrayFieldStart("event");
    g.writeString(code.ploverType().orElseThrow());
    g.writeEndArray();
    if (code.ploverMode().isPresent()) {
      g.writeArrayFieldStart("mode");
      g.writeString(code.ploverMode().get());
      g.writeEndArray();
    }
    Optional<PlaceId> placeId =
        r instanceof Incident i
            ? Optional.of(i.place())
            : r instanceof TerritorialClaim c
                ? c.subject().place()
                : r instanceof CeasefireProposal p && path.isEmpty() ? p.venue() : Optional.empty();
    Optional<Place> place = placeId.flatMap(lookup::place);
    if (place.isPresent()) {
      Place p = place.get();
      g.writeObjectFieldStart("event_loc");
      g.writeStringField("name", p.name());
      if (p.coordinates().isPresent()) {
        g.writeNumberField("latitude", p.coordinates().get().latitude());
        g.writeNumberField("longitude", p.coordinates().get().longitude());
      }
      g.writeStringField("country_code", p.country().value());
      Optional<String> cc3 = Tables.alpha3(p.country().value());
      if (cc3.isPresent()) {
        g.writeStringField("cc3", cc3.get());
      }
      g.writeEndObject();
    }
    if (r instanceof Incident i && path.isEmpty()) {
      figure("dead", i.killed());
      figure("injured", i.injured());
    }
    g.writeObjectFieldStart("cite_info");
    g.writeStringField("corpus", "parley");
    g.writeStringField("citation", r.id().value());
    g.writeEndObject();
    g.writeEndObject();
    g.writeRaw('\n');
    events++;
  }

  private void figure(String name, dev.parley.estimate.Estimate e) throws IOException {
    if (e.best().isPresent()) {
      g.writeNumberField(name, e.best().getAsLong());
    }
  }

  private static void actors(
      ChronicleRecord r, String path, List<PartyId> source, List<PartyId> recipient) {
    Matcher m;
    if (r instanceof Incident i) {
      i.perpetrator().ifPresent(p -> source.add(p.party()));
    } else if (r instanceof TerritorialClaim c) {
      source.add(c.claimant());
    } else if (r instanceof Exchange e && (m = DIRECTION.matcher(path)).matches()) {
      Direction d = e.directions().get(Integer.parseInt(m.group(1)));
      source.add(d.releasing());
      d.receiving().ifPresent(recipient::add);
    } else if (r instanceof CeasefireProposal p) {
      // a joint proposal comes from every proposer, and an answer goes to all of them
      if ((m = RESPONSE.matcher(path)).matches()) {
        source.add(p.responses().get(Integer.parseInt(m.group(1))).party());
        recipient.addAll(p.proposers());
      } else {
        source.addAll(p.proposers());
        recipient.addAll(p.addressees());
      }
    } else if (r instanceof Truce t) {
      // the parties who agreed the truce, not its mediators, as for a reciprocal event
      source.addAll(t.parties());
    } else {
      // Agreements and talks: every party is a source, as PLOVER codes reciprocal events.
      r.referencedParties().stream().sorted().forEach(source::add);
    }
  }

  private void actorList(String field, List<PartyId> ids) throws IOException {
    g.writeArrayFieldStart(field);
    for (PartyId id : ids) {
      Optional<Party> party = lookup.party(id);
      g.writeStartObject();
      String code =
          party
              .flatMap(Party::country)
              .flatMap(c -> Tables.alpha3(c.value()))
              .orElse(
                  party
                      .map(
                          p ->
                              p.kind() == dev.parley.party.PartyKind.INTERNATIONAL_ORGANISATION
                                  ? "IGO"
                                  : "")
                      .orElse(""));
      if (!code.isEmpty()) {
        g.writeStringField("code", code);
      }
      g.writeStringField("actor_text", party.map(Party::name).orElse(id.value()));
      g.writeStringField("identifier_id", id.value());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Returns the number of events written so far.
   *
   * @return zero or more
   */
  public long count() {
    return events;
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public void close() {
    try {
      g.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
