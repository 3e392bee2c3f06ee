package dev.parley.json.codec;

import dev.parley.negotiation.Delegation;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.record.RecordType;
import java.io.IOException;

/**
 * Record type {@code negotiationRound}: {@code {"type": "negotiationRound", "id":
 * "talks:2025-05-16-istanbul", "venue": "tr:istanbul", "date": "2025-05-16", "duration": "PT2H",
 * "format": "direct", "delegations": [...], "participants": [...], "outcomes": [...], "note":
 * "..."}}. Lists are left out when empty.
 */
final class NegotiationRoundCodec extends RecordCodec<NegotiationRound> {
  private static final FieldSet FIELDS =
      FieldSet.of(
          "id",
          "venue",
          "date",
          "window?",
          "duration?",
          "format",
          "delegations",
          "participants?",
          "outcomes?",
          "note?",
          "provenance?");

  NegotiationRoundCodec() {
    super(RecordType.NEGOTIATION_ROUND.token(), NegotiationRound.class, FIELDS);
  }

  @Override
  protected void writeFields(NegotiationRound value, TokenWriter g) throws IOException {
    g.writeStringField("id", value.id().value());
    g.writeStringField("venue", value.venue().value());
    g.writeFieldName("date");
    Vocabulary.REPORTED_DATE.write(value.date(), g);
    var windowValue = value.window();
    if (windowValue.isPresent()) {
      g.writeFieldName("window");
      Vocabulary.TIME_WINDOW.write(windowValue.get(), g);
    }
    var durationValue = value.duration();
    if (durationValue.isPresent()) {
      g.writeFieldName("duration");
      Vocabulary.DURATION.write(durationValue.get(), g);
    }
    g.writeFieldName("format");
    Vocabulary.TALKS_FORMAT.write(value.format(), g);
    g.writeFieldName("delegations");
    g.writeStartArray();
    for (Delegation d : value.delegations()) {
      Vocabulary.DELEGATION.write(d, g);
    }
    g.writeEndArray();
    Elements.write(g, "participants", value.participants(), Vocabulary.PARTICIPANT);
    Elements.write(g, "outcomes", value.outcomes(), Vocabulary.RECORD_ID);
    var noteValue = value.note();
    if (noteValue.isPresent()) {
      g.writeStringField("note", noteValue.get());
    }
    Elements.write(g, "provenance", value.provenance(), Vocabulary.STATEMENT);
  }

  @Override
  protected NegotiationRound readFields(TokenReader p, ObjectCursor c, ReadContext ctx)
      throws IOException {
    NegotiationRound.Builder b = NegotiationRound.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 1:
          b.venue(Vocabulary.PLACE_ID.read(p, ctx));
          break;
        case 2:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case 3:
          b.window(Vocabulary.TIME_WINDOW.read(p, ctx));
          break;
        case 4:
          b.duration(Vocabulary.DURATION.read(p, ctx));
          break;
        case 5:
          b.format(Vocabulary.TALKS_FORMAT.read(p, ctx));
          break;
        case 6:
          b.addAllDelegations(ctx.list(p, Vocabulary.DELEGATION));
          break;
        case 7:
          b.addAllParticipants(ctx.list(p, Vocabulary.PARTICIPANT));
          break;
        case 8:
          b.addAllOutcomes(Elements.readSet(p, ctx, Vocabulary.RECORD_ID));
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
