package dev.parley.json.codec;

import dev.parley.exchange.Agreement;
import dev.parley.exchange.Quota;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.record.RecordType;
import java.io.IOException;
import java.util.List;

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
  private static final FieldSet FIELDS =
      FieldSet.of(
          "id",
          "agreed",
          "sides",
          "quotas?",
          "parity?",
          "targetPeriod?",
          "venue?",
          "negotiationRound?",
          "participants?",
          "implementationStart?",
          "reportedTotals?",
          "sources?",
          "note?",
          "revises?",
          "truce?");

  AgreementCodec() {
    super(RecordType.AGREEMENT.token(), Agreement.class, FIELDS);
  }

  @Override
  protected void writeFields(Agreement value, TokenWriter g) throws IOException {
    g.writeStringField("id", value.id().value());
    g.writeFieldName("agreed");
    Vocabulary.REPORTED_DATE.write(value.agreed(), g);
    g.writeFieldName("sides");
    g.writeStartArray();
    for (PartyId side : value.sides()) {
      g.writeString(side.value());
    }
    g.writeEndArray();
    if (!value.quotas().isEmpty()) {
      g.writeFieldName("quotas");
      g.writeStartArray();
      for (Quota q : value.quotas()) {
        Vocabulary.QUOTA.write(q, g);
      }
      g.writeEndArray();
    }
    if (value.parity()) {
      g.writeBooleanField("parity", true);
    }
    var targetValue = value.target();
    if (targetValue.isPresent()) {
      g.writeFieldName("targetPeriod");
      Vocabulary.REPORTED_DATE.write(targetValue.get(), g);
    }
    var venueValue = value.venue();
    if (venueValue.isPresent()) {
      g.writeStringField("venue", venueValue.get().value());
    }
    var negotiationRoundValue = value.negotiationRound();
    if (negotiationRoundValue.isPresent()) {
      g.writeStringField("negotiationRound", negotiationRoundValue.get().value());
    }
    writeParticipants(value.participants(), g);
    if (value.implementationStart().isPresent()) {
      g.writeFieldName("implementationStart");
      Vocabulary.REPORTED_DATE.write(value.implementationStart().get(), g);
    }
    ListFields.writeUnlessEmpty(
        "reportedTotals", value.reportedTotals(), Vocabulary.REPORTED_TOTAL, g);
    ListFields.writeUnlessEmpty("sources", value.sources(), Vocabulary.STATEMENT, g);
    if (value.note().isPresent()) {
      g.writeStringField("note", value.note().get());
    }
    if (value.revises().isPresent()) {
      g.writeFieldName("revises");
      Vocabulary.AGREEMENT_REVISION.write(value.revises().get(), g);
    }
    if (value.truce().isPresent()) {
      g.writeStringField("truce", value.truce().get().value());
    }
  }

  @Override
  protected Agreement readFields(TokenReader p, ObjectCursor c, ReadContext ctx)
      throws IOException {
    Agreement.Builder b = Agreement.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 1:
          b.agreed(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case 2:
          b.sides(ctx.list(p, Vocabulary.PARTY_ID));
          break;
        case 3:
          b.quotas(ctx.list(p, Vocabulary.QUOTA));
          break;
        case 4:
          b.parity(booleanValue(p, ctx));
          break;
        case 5:
          b.target(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case 6:
          b.venue(Vocabulary.PLACE_ID.read(p, ctx));
          break;
        case 7:
          b.negotiationRound(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 8:
          b.participants(ctx.list(p, Vocabulary.PARTICIPANT));
          break;
        case 9:
          b.implementationStart(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case 10:
          b.reportedTotals(ctx.list(p, Vocabulary.REPORTED_TOTAL));
          break;
        case 11:
          b.sources(ctx.list(p, Vocabulary.STATEMENT));
          break;
        case 12:
          b.note(ctx.string(p));
          break;
        case 13:
          b.revises(Vocabulary.AGREEMENT_REVISION.read(p, ctx));
          break;
        default:
          b.truce(Vocabulary.RECORD_ID.read(p, ctx));
          break;
      }
    }
    return ctx.build(c, b::build);
  }

  /** Writes a non-empty list of participants as {@code "participants": [...]}. */
  static void writeParticipants(List<Participant> participants, TokenWriter g) throws IOException {
    if (!participants.isEmpty()) {
      g.writeFieldName("participants");
      g.writeStartArray();
      for (Participant pa : participants) {
        Vocabulary.PARTICIPANT.write(pa, g);
      }
      g.writeEndArray();
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
