package dev.parley.json.codec.vocabulary;

import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * {@code {"kind": "breach_alleged", "time": "2025-04-20T09:00+03:00[Europe/Kyiv]", "party": "ua",
 * "accused": "ru", "place": "ua:rakivka", "extendedBy": "PT720H", "note": "...", "provenance":
 * [...], "allegedAt": "2025-04-21", "violations": [{"estimate": {...}, "sources": [...]}]}}; {@code
 * kind} (the event's type) and {@code time} (a time point) required.
 */
final class LifecycleEventCodec implements Codec<LifecycleEvent> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    KIND,
    TIME,
    PARTY,
    ACCUSED,
    PLACE,
    EXTENDED_BY,
    NOTE,
    PROVENANCE,
    ALLEGED_AT,
    VIOLATIONS
  }

  private static final Fields<F> FIELDS =
      Fields.of(
          F.class,
          F.PARTY,
          F.ACCUSED,
          F.PLACE,
          F.EXTENDED_BY,
          F.NOTE,
          F.PROVENANCE,
          F.ALLEGED_AT,
          F.VIOLATIONS);

  @Override
  public Class<LifecycleEvent> javaType() {
    return LifecycleEvent.class;
  }

  @Override
  public void write(LifecycleEvent value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.write(g, F.KIND, value.type(), Vocabulary.LIFECYCLE_EVENT_TYPE);
    FIELDS.write(g, F.TIME, value.time(), Vocabulary.TIME_POINT);
    var partyValue = value.party();
    if (partyValue.isPresent()) {
      FIELDS.writeString(g, F.PARTY, partyValue.get().value());
    }
    var accusedValue = value.accused();
    if (accusedValue.isPresent()) {
      FIELDS.writeString(g, F.ACCUSED, accusedValue.get().value());
    }
    var placeValue = value.place();
    if (placeValue.isPresent()) {
      FIELDS.writeString(g, F.PLACE, placeValue.get().value());
    }
    FIELDS.writeIfPresent(g, F.EXTENDED_BY, value.extendedBy(), Vocabulary.DURATION);
    FIELDS.writeStringIfPresent(g, F.NOTE, value.note());
    FIELDS.writeArray(g, F.PROVENANCE, value.provenance(), Vocabulary.STATEMENT);
    FIELDS.writeIfPresent(g, F.ALLEGED_AT, value.allegedAt(), Vocabulary.TIME_POINT);
    FIELDS.writeArray(g, F.VIOLATIONS, value.violations(), Vocabulary.SOURCED_ESTIMATE);
    g.writeEndObject();
  }

  @Override
  public LifecycleEvent read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    LifecycleEvent.Builder b = LifecycleEvent.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case KIND:
          b.type(Vocabulary.LIFECYCLE_EVENT_TYPE.read(p, ctx));
          break;
        case TIME:
          b.time(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        case PARTY:
          b.party(Vocabulary.PARTY_ID.readPresent(p, ctx));
          break;
        case ACCUSED:
          b.accused(Vocabulary.PARTY_ID.readPresent(p, ctx));
          break;
        case PLACE:
          b.place(Vocabulary.PLACE_ID.readPresent(p, ctx));
          break;
        case EXTENDED_BY:
          b.extendedBy(Vocabulary.DURATION.readPresent(p, ctx));
          break;
        case NOTE:
          b.note(Values.string(p, ctx));
          break;
        case PROVENANCE:
          b.addAllProvenance(Values.list(p, ctx, Vocabulary.STATEMENT));
          break;
        case ALLEGED_AT:
          b.allegedAt(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        case VIOLATIONS:
          b.addAllViolations(Values.list(p, ctx, Vocabulary.SOURCED_ESTIMATE));
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
