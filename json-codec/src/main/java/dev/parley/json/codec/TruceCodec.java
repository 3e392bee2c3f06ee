package dev.parley.json.codec;

import dev.parley.ceasefire.Truce;
import dev.parley.record.RecordType;
import java.io.IOException;

/**
 * Record type {@code truce}: {@code {"type": "truce", "id": "truce:2023-11-24-gaza-pause",
 * "parties": ["il", "hamas"], "mediators": ["qa", "eg", "us"], "announced": "2023-11-22", "zone":
 * "Asia/Gaza", "inForce": "2023-11-24T07:00", "length": "PT96H", "end": "...", "extensions": [...],
 * "note": "...", "provenance": [...]}}. Lists are left out when empty.
 */
final class TruceCodec extends RecordCodec<Truce> {
  private static final FieldSet FIELDS =
      FieldSet.of(
          "id",
          "parties",
          "mediators?",
          "announced",
          "zone",
          "inForce",
          "length?",
          "end?",
          "extensions?",
          "note?",
          "provenance?");

  TruceCodec() {
    super(RecordType.TRUCE.token(), Truce.class, FIELDS);
  }

  @Override
  protected void writeFields(Truce value, TokenWriter g) throws IOException {
    g.writeStringField("id", value.id().value());
    g.writeFieldName("parties");
    g.writeStartArray();
    for (var party : value.parties()) {
      Vocabulary.PARTY_ID.write(party, g);
    }
    g.writeEndArray();
    Elements.write(g, "mediators", value.mediators(), Vocabulary.PARTY_ID);
    g.writeFieldName("announced");
    Vocabulary.TIME_POINT.write(value.announced(), g);
    g.writeFieldName("zone");
    Vocabulary.ZONE_ID.write(value.zone(), g);
    g.writeFieldName("inForce");
    Vocabulary.LOCAL_DATE_TIME.write(value.inForce(), g);
    var lengthValue = value.length();
    if (lengthValue.isPresent()) {
      g.writeFieldName("length");
      Vocabulary.DURATION.write(lengthValue.get(), g);
    }
    var endValue = value.end();
    if (endValue.isPresent()) {
      g.writeFieldName("end");
      Vocabulary.TIME_POINT.write(endValue.get(), g);
    }
    Elements.write(g, "extensions", value.extensions(), Vocabulary.TRUCE_EXTENSION);
    var noteValue = value.note();
    if (noteValue.isPresent()) {
      g.writeStringField("note", noteValue.get());
    }
    Elements.write(g, "provenance", value.provenance(), Vocabulary.STATEMENT);
  }

  @Override
  protected Truce readFields(TokenReader p, ObjectCursor c, ReadContext ctx) throws IOException {
    Truce.Builder b = Truce.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 1:
          b.addAllParties(ctx.list(p, Vocabulary.PARTY_ID));
          break;
        case 2:
          b.addAllMediators(ctx.list(p, Vocabulary.PARTY_ID));
          break;
        case 3:
          b.announced(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        case 4:
          b.zone(Vocabulary.ZONE_ID.read(p, ctx));
          break;
        case 5:
          b.inForce(Vocabulary.LOCAL_DATE_TIME.read(p, ctx));
          break;
        case 6:
          b.length(Vocabulary.DURATION.read(p, ctx));
          break;
        case 7:
          b.end(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        case 8:
          b.addAllExtensions(ctx.list(p, Vocabulary.TRUCE_EXTENSION));
          break;
        case 9:
          b.note(ctx.string(p));
          break;
        default:
          b.addAllProvenance(ctx.list(p, Vocabulary.STATEMENT));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
