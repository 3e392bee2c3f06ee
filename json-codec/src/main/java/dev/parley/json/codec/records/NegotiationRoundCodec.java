package dev.parley.json.codec.records;

import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.json.codec.vocabulary.Vocabulary;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.record.RecordType;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * Record type {@code negotiationRound}: {@code {"type": "negotiationRound", "id":
 * "talks:2025-05-16-istanbul", "venue": "tr:istanbul", "date": "2025-05-16", "duration": "PT2H",
 * "format": "direct", "delegations": [...], "participants": [...], "outcomes": [...], "note":
 * "..."}}. Lists are left out when empty.
 */
final class NegotiationRoundCodec extends RecordCodec<NegotiationRound> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    ID,
    VENUE,
    DATE,
    WINDOW,
    DURATION,
    FORMAT,
    DELEGATIONS,
    PARTICIPANTS,
    OUTCOMES,
    NOTE,
    PROVENANCE
  }

  private static final Fields<F> FIELDS =
      Fields.of(F.class, F.WINDOW, F.DURATION, F.PARTICIPANTS, F.OUTCOMES, F.NOTE, F.PROVENANCE);

  NegotiationRoundCodec() {
    super(RecordType.NEGOTIATION_ROUND.token(), NegotiationRound.class, FIELDS);
  }

  @Override
  protected void writeFields(NegotiationRound value, TokenWriter g) throws IOException {
    FIELDS.writeString(g, F.ID, value.id().value());
    FIELDS.writeString(g, F.VENUE, value.venue().value());
    FIELDS.write(g, F.DATE, value.date(), Vocabulary.REPORTED_DATE);
    FIELDS.writeIfPresent(g, F.WINDOW, value.window(), Vocabulary.TIME_WINDOW);
    FIELDS.writeIfPresent(g, F.DURATION, value.duration(), Vocabulary.DURATION);
    FIELDS.write(g, F.FORMAT, value.format(), Vocabulary.TALKS_FORMAT);
    FIELDS.writeArray(g, F.DELEGATIONS, value.delegations(), Vocabulary.DELEGATION);
    FIELDS.writeArray(g, F.PARTICIPANTS, value.participants(), Vocabulary.PARTICIPANT);
    FIELDS.writeArray(g, F.OUTCOMES, value.outcomes(), Vocabulary.RECORD_ID);
    FIELDS.writeStringIfPresent(g, F.NOTE, value.note());
    FIELDS.writeArray(g, F.PROVENANCE, value.provenance(), Vocabulary.STATEMENT);
  }

  @Override
  protected NegotiationRound readFields(TokenReader p, ObjectCursor c, ReadContext ctx)
      throws IOException {
    NegotiationRound.Builder b = NegotiationRound.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case ID:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case VENUE:
          b.venue(Vocabulary.PLACE_ID.read(p, ctx));
          break;
        case DATE:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case WINDOW:
          b.window(Vocabulary.TIME_WINDOW.read(p, ctx));
          break;
        case DURATION:
          b.duration(Vocabulary.DURATION.readPresent(p, ctx));
          break;
        case FORMAT:
          b.format(Vocabulary.TALKS_FORMAT.read(p, ctx));
          break;
        case DELEGATIONS:
          b.addAllDelegations(Values.list(p, ctx, Vocabulary.DELEGATION));
          break;
        case PARTICIPANTS:
          b.addAllParticipants(Values.list(p, ctx, Vocabulary.PARTICIPANT));
          break;
        case OUTCOMES:
          b.addAllOutcomes(Values.set(p, ctx, Vocabulary.RECORD_ID));
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
