package dev.parley.json.codec;

import dev.parley.ceasefire.LifecycleEvent;
import java.io.IOException;

/**
 * {@code {"kind": "breach_alleged", "time": "2025-04-20T09:00+03:00[Europe/Kyiv]", "party": "ua",
 * "accused": "ru", "place": "ua:rakivka", "extendedBy": "PT720H", "note": "...", "provenance":
 * [...], "allegedAt": "2025-04-21", "violations": [{"estimate": {...}, "sources": [...]}]}}; {@code
 * kind} (the event's type) and {@code time} (a time point) required.
 */
final class LifecycleEventCodec implements Codec<LifecycleEvent> {
  private static final FieldSet FIELDS =
      FieldSet.of(
          "kind",
          "time",
          "party?",
          "accused?",
          "place?",
          "extendedBy?",
          "note?",
          "provenance?",
          "allegedAt?",
          "violations?");

  @Override
  public Class<LifecycleEvent> javaType() {
    return LifecycleEvent.class;
  }

  @Override
  public void write(LifecycleEvent value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("kind");
    Vocabulary.LIFECYCLE_EVENT_TYPE.write(value.type(), g);
    g.writeFieldName("time");
    Vocabulary.TIME_POINT.write(value.time(), g);
    var partyValue = value.party();
    if (partyValue.isPresent()) {
      g.writeStringField("party", partyValue.get().value());
    }
    var accusedValue = value.accused();
    if (accusedValue.isPresent()) {
      g.writeStringField("accused", accusedValue.get().value());
    }
    var placeValue = value.place();
    if (placeValue.isPresent()) {
      g.writeStringField("place", placeValue.get().value());
    }
    var extendedByValue = value.extendedBy();
    if (extendedByValue.isPresent()) {
      g.writeFieldName("extendedBy");
      Vocabulary.DURATION.write(extendedByValue.get(), g);
    }
    var noteValue = value.note();
    if (noteValue.isPresent()) {
      g.writeStringField("note", noteValue.get());
    }
    Elements.write(g, "provenance", value.provenance(), Vocabulary.STATEMENT);
    var allegedAtValue = value.allegedAt();
    if (allegedAtValue.isPresent()) {
      g.writeFieldName("allegedAt");
      Vocabulary.TIME_POINT.write(allegedAtValue.get(), g);
    }
    Elements.write(g, "violations", value.violations(), Vocabulary.SOURCED_ESTIMATE);
    g.writeEndObject();
  }

  @Override
  public LifecycleEvent read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    LifecycleEvent.Builder b = LifecycleEvent.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.type(Vocabulary.LIFECYCLE_EVENT_TYPE.read(p, ctx));
          break;
        case 1:
          b.time(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        case 2:
          b.party(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 3:
          b.accused(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 4:
          b.place(Vocabulary.PLACE_ID.read(p, ctx));
          break;
        case 5:
          b.extendedBy(Vocabulary.DURATION.read(p, ctx));
          break;
        case 6:
          b.note(ctx.string(p));
          break;
        case 7:
          b.addAllProvenance(ctx.list(p, Vocabulary.STATEMENT));
          break;
        case 8:
          b.allegedAt(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        default:
          b.addAllViolations(ctx.list(p, Vocabulary.SOURCED_ESTIMATE));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
