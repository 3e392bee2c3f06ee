package dev.parley.json.codec.records;

import dev.parley.ceasefire.Truce;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.json.codec.vocabulary.Vocabulary;
import dev.parley.record.RecordType;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * Record type {@code truce}: {@code {"type": "truce", "id": "truce:2023-11-24-gaza-pause",
 * "parties": ["il", "hamas"], "mediators": ["qa", "eg", "us"], "announced": "2023-11-22", "zone":
 * "Asia/Gaza", "inForce": "2023-11-24T07:00", "length": "PT96H", "end": "...", "extensions": [...],
 * "note": "...", "provenance": [...]}}. Lists are left out when empty.
 */
final class TruceCodec extends RecordCodec<Truce> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    ID,
    PARTIES,
    MEDIATORS,
    ANNOUNCED,
    ZONE,
    IN_FORCE,
    LENGTH,
    END,
    EXTENSIONS,
    NOTE,
    PROVENANCE
  }

  private static final Fields<F> FIELDS =
      Fields.of(F.class, F.MEDIATORS, F.LENGTH, F.END, F.EXTENSIONS, F.NOTE, F.PROVENANCE);

  TruceCodec() {
    super(RecordType.TRUCE.token(), Truce.class, FIELDS);
  }

  @Override
  protected void writeFields(Truce value, TokenWriter g) throws IOException {
    FIELDS.writeString(g, F.ID, value.id().value());
    FIELDS.writeArray(g, F.PARTIES, value.parties(), Vocabulary.PARTY_ID);
    FIELDS.writeArray(g, F.MEDIATORS, value.mediators(), Vocabulary.PARTY_ID);
    FIELDS.write(g, F.ANNOUNCED, value.announced(), Vocabulary.TIME_POINT);
    FIELDS.write(g, F.ZONE, value.zone(), Vocabulary.ZONE_ID);
    FIELDS.write(g, F.IN_FORCE, value.inForce(), Vocabulary.LOCAL_DATE_TIME);
    FIELDS.writeIfPresent(g, F.LENGTH, value.length(), Vocabulary.DURATION);
    FIELDS.writeIfPresent(g, F.END, value.end(), Vocabulary.TIME_POINT);
    FIELDS.writeArray(g, F.EXTENSIONS, value.extensions(), Vocabulary.TRUCE_EXTENSION);
    FIELDS.writeStringIfPresent(g, F.NOTE, value.note());
    FIELDS.writeArray(g, F.PROVENANCE, value.provenance(), Vocabulary.STATEMENT);
  }

  @Override
  protected Truce readFields(TokenReader p, ObjectCursor c, ReadContext ctx) throws IOException {
    Truce.Builder b = Truce.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case ID:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case PARTIES:
          b.addAllParties(Values.list(p, ctx, Vocabulary.PARTY_ID));
          break;
        case MEDIATORS:
          b.addAllMediators(Values.list(p, ctx, Vocabulary.PARTY_ID));
          break;
        case ANNOUNCED:
          b.announced(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        case ZONE:
          b.zone(Vocabulary.ZONE_ID.read(p, ctx));
          break;
        case IN_FORCE:
          b.inForce(Vocabulary.LOCAL_DATE_TIME.read(p, ctx));
          break;
        case LENGTH:
          b.length(Vocabulary.DURATION.readPresent(p, ctx));
          break;
        case END:
          b.end(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        case EXTENSIONS:
          b.addAllExtensions(Values.list(p, ctx, Vocabulary.TRUCE_EXTENSION));
          break;
        case NOTE:
          b.note(Values.string(p, ctx));
          break;
        case PROVENANCE:
          b.addAllProvenance(Values.list(p, ctx, Vocabulary.STATEMENT));
          break;
      }
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
