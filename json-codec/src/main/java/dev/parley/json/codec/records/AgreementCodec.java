package dev.parley.json.codec.records;

import dev.parley.exchange.Agreement;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.Token;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.json.codec.vocabulary.Vocabulary;
import dev.parley.record.RecordType;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * Record type {@code agreement}: {@code {"type": "agreement", "id":
 * "agreement:2025-05-16-1000-for-1000", "agreed": "2025-05-16", "sides": ["ru", "ua"], "quotas":
 * [...], "parity": true, "targetPeriod": "2025-05-23/2025-05-25", "venue": "tr:istanbul",
 * "negotiationRound": "talks:2025-05-16-istanbul", "participants": [...]}}.
 *
 * <p>{@code parity} is written only when true; reading takes its absence as false. Empty {@code
 * quotas} and {@code participants} are left out; reading accepts {@code []} for them. {@code
 * implementationStart} (an implementation period with an open end) and {@code reportedTotals}
 * (cumulative totals sources reported) are left out when absent or empty, and so are {@code
 * sources} (the statements that announced the agreement), {@code note}, {@code revises} (the
 * agreement it extends or amends: {@code {"agreement": "...", "kind": "extension"}}) and {@code
 * truce} (the ceasefire it is part of).
 */
final class AgreementCodec extends RecordCodec<Agreement> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    ID,
    AGREED,
    SIDES,
    QUOTAS,
    PARITY,
    TARGET_PERIOD,
    VENUE,
    NEGOTIATION_ROUND,
    PARTICIPANTS,
    IMPLEMENTATION_START,
    REPORTED_TOTALS,
    SOURCES,
    NOTE,
    REVISES,
    TRUCE
  }

  private static final Fields<F> FIELDS =
      Fields.of(
          F.class,
          F.QUOTAS,
          F.PARITY,
          F.TARGET_PERIOD,
          F.VENUE,
          F.NEGOTIATION_ROUND,
          F.PARTICIPANTS,
          F.IMPLEMENTATION_START,
          F.REPORTED_TOTALS,
          F.SOURCES,
          F.NOTE,
          F.REVISES,
          F.TRUCE);

  AgreementCodec() {
    super(RecordType.AGREEMENT.token(), Agreement.class, FIELDS);
  }

  @Override
  protected void writeFields(Agreement value, TokenWriter g) throws IOException {
    FIELDS.writeString(g, F.ID, value.id().value());
    FIELDS.write(g, F.AGREED, value.agreed(), Vocabulary.REPORTED_DATE);
    FIELDS.writeArray(g, F.SIDES, value.sides(), Vocabulary.PARTY_ID);
    FIELDS.writeArray(g, F.QUOTAS, value.quotas(), Vocabulary.QUOTA);
    FIELDS.writeBoolean(g, F.PARITY, value.parity());
    FIELDS.writeIfPresent(g, F.TARGET_PERIOD, value.target(), Vocabulary.REPORTED_DATE);
    var venueValue = value.venue();
    if (venueValue.isPresent()) {
      FIELDS.writeString(g, F.VENUE, venueValue.get().value());
    }
    var negotiationRoundValue = value.negotiationRound();
    if (negotiationRoundValue.isPresent()) {
      FIELDS.writeString(g, F.NEGOTIATION_ROUND, negotiationRoundValue.get().value());
    }
    FIELDS.writeArray(g, F.PARTICIPANTS, value.participants(), Vocabulary.PARTICIPANT);
    var implementationStartValue = value.implementationStart();
    if (implementationStartValue.isPresent()) {
      FIELDS.write(
          g, F.IMPLEMENTATION_START, implementationStartValue.get(), Vocabulary.REPORTED_DATE);
    }
    FIELDS.writeArray(g, F.REPORTED_TOTALS, value.reportedTotals(), Vocabulary.REPORTED_TOTAL);
    FIELDS.writeArray(g, F.SOURCES, value.sources(), Vocabulary.STATEMENT);
    FIELDS.writeStringIfPresent(g, F.NOTE, value.note());
    FIELDS.writeIfPresent(g, F.REVISES, value.revises(), Vocabulary.AGREEMENT_REVISION);
    var truceValue = value.truce();
    if (truceValue.isPresent()) {
      FIELDS.writeString(g, F.TRUCE, truceValue.get().value());
    }
  }

  @Override
  protected Agreement readFields(TokenReader p, ObjectCursor c, ReadContext ctx)
      throws IOException {
    Agreement.Builder b = Agreement.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case ID:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case AGREED:
          b.agreed(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case SIDES:
          b.sides(Values.list(p, ctx, Vocabulary.PARTY_ID));
          break;
        case QUOTAS:
          b.quotas(Values.list(p, ctx, Vocabulary.QUOTA));
          break;
        case PARITY:
          b.parity(booleanValue(p, ctx));
          break;
        case TARGET_PERIOD:
          b.target(Vocabulary.REPORTED_DATE.readPresent(p, ctx));
          break;
        case VENUE:
          b.venue(Vocabulary.PLACE_ID.readPresent(p, ctx));
          break;
        case NEGOTIATION_ROUND:
          b.negotiationRound(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case PARTICIPANTS:
          b.participants(Values.list(p, ctx, Vocabulary.PARTICIPANT));
          break;
        case IMPLEMENTATION_START:
          b.implementationStart(Vocabulary.REPORTED_DATE.readPresent(p, ctx));
          break;
        case REPORTED_TOTALS:
          b.reportedTotals(Values.list(p, ctx, Vocabulary.REPORTED_TOTAL));
          break;
        case SOURCES:
          b.sources(Values.list(p, ctx, Vocabulary.STATEMENT));
          break;
        case NOTE:
          b.note(Values.string(p, ctx));
          break;
        case REVISES:
          b.revises(Vocabulary.AGREEMENT_REVISION.read(p, ctx));
          break;
        case TRUCE:
          b.truce(Vocabulary.RECORD_ID.read(p, ctx));
          break;
      }
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }

  /** Reads a JSON boolean, with no coercion from strings or numbers. */
  private static boolean booleanValue(TokenReader p, ReadContext ctx) {
    Token t = p.currentToken();
    if (t != Token.VALUE_TRUE && t != Token.VALUE_FALSE) {
      throw ctx.wrongType(p, "a boolean");
    }
    return t == Token.VALUE_TRUE;
  }
}
