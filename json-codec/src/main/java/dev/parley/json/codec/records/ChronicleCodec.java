package dev.parley.json.codec.records;

import dev.parley.chronicle.Chronicle;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.Header;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.Token;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.record.ChronicleRecord;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A chronicle document: the header properties first, then the chronicle's parties, places and
 * records, each array in the chronicle's order.
 *
 * <pre>{@code
 * {"format": "parley", "version": 1, "parties": [...], "places": [...], "records": [...]}
 * }</pre>
 *
 * <p>Every property is required; {@code format} and {@code version} must come before the three
 * arrays, so that a document of another format or version fails before any content is read. {@code
 * parties} holds only {@code party} records, {@code places} only {@code place} records, and {@code
 * records} any other record type, each type-tagged, in any order. Writing checks that every record
 * has a codec before it writes anything. The codec is stateless, immutable and thread-safe.
 */
public final class ChronicleCodec implements Codec<Chronicle> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    FORMAT,
    VERSION,
    PARTIES,
    PLACES,
    RECORDS
  }

  private static final Fields<F> FIELDS = Fields.of(F.class);

  private final RecordCodec<Party> parties =
      Objects.requireNonNull(RecordTypes.byClass(Party.class));
  private final RecordCodec<Place> places =
      Objects.requireNonNull(RecordTypes.byClass(Place.class));

  @Override
  public Class<Chronicle> javaType() {
    return Chronicle.class;
  }

  @Override
  public void write(Chronicle value, TokenWriter g) throws IOException {
    for (ChronicleRecord r : value.records()) {
      if (RecordTypes.byClass(r.getClass()) == null) {
        throw new IllegalArgumentException(
            "record "
                + r.id()
                + " is of type "
                + r.recordType().token()
                + ", which this version of the format cannot write yet");
      }
    }
    g.writeStartObject();
    Header.writeFields(g);
    FIELDS.writeArray(g, F.PARTIES, value.parties(), parties);
    FIELDS.writeArray(g, F.PLACES, value.places(), places);
    FIELDS.name(g, F.RECORDS);
    g.writeStartArray();
    for (ChronicleRecord r : value.records()) {
      RecordTypes.writeAny(r, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  @Override
  public Chronicle read(TokenReader p, ReadContext ctx) throws IOException {
    if (p.currentToken() != Token.START_OBJECT) {
      throw ctx.wrongType(p, "a chronicle document object");
    }
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    Chronicle.Builder b = Chronicle.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      if (f.compareTo(F.VERSION) > 0 && !(c.has(F.FORMAT) && c.has(F.VERSION))) {
        throw ctx.fail(
            p,
            Kind.UNSUPPORTED_FORMAT,
            "property \""
                + FIELDS.name(f)
                + "\" comes before the header; a chronicle document starts with \"format\" and \"version\"");
      }
      switch (f) {
        case FORMAT:
          Header.readFormat(p, ctx);
          break;
        case VERSION:
          Header.readVersion(p, ctx);
          break;
        case PARTIES:
          b.addAllParties(Values.list(p, ctx, parties));
          break;
        case PLACES:
          b.addAllPlaces(Values.list(p, ctx, places));
          break;
        case RECORDS:
          readRecords(p, ctx, b);
          break;
      }
    }
    return b.build();
  }

  private static void readRecords(TokenReader p, ReadContext ctx, Chronicle.Builder b)
      throws IOException {
    if (p.currentToken() != Token.START_ARRAY) {
      throw ctx.wrongType(p, "an array");
    }
    Token t;
    while ((t = p.nextToken()) != Token.END_ARRAY) {
      if (t == null) {
        throw ctx.fail(p, Kind.TRUNCATED, "the text ends inside an array");
      }
      if (t == Token.VALUE_NULL) {
        throw ctx.fail(p, Kind.NULL_VALUE, "an array element is null");
      }
      long start = ObjectCursor.position(p);
      Object value = RecordTypes.readAny(p, ctx);
      if (!(value instanceof ChronicleRecord r)) {
        // at the record's end token, the pointer is the record's own
        String pointer = ctx.pointer(p);
        String type = Objects.requireNonNull(RecordTypes.byClass(value.getClass())).typeName();
        throw ctx.failAt(
            pointer,
            start,
            Kind.TYPE_MISMATCH,
            "a record of type \""
                + type
                + "\" belongs in \""
                + (value instanceof Party ? "parties" : "places")
                + "\", not in \"records\"",
            List.of(),
            null);
      }
      b.addRecords(r);
    }
  }
}
