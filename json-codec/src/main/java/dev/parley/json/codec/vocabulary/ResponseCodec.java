package dev.parley.json.codec.vocabulary;

import dev.parley.ceasefire.Response;
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
 * {@code {"party": "ru", "date": "2025-05-16", "stance": "counter_proposal", "conditions": [...],
 * "counterProposal": "ceasefire:2025-05-ru-preconditions", "supersedesEarlier": true, "provenance":
 * [...], "alternatives": [{"conditions": [...]}, ...], "accounts": [...], "note": "..."}}; {@code
 * party}, {@code date} and {@code stance} required. {@code supersedesEarlier} is written only when
 * true; reading takes {@code true} or {@code false}.
 */
final class ResponseCodec implements Codec<Response> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    PARTY,
    DATE,
    STANCE,
    CONDITIONS,
    COUNTER_PROPOSAL,
    SUPERSEDES_EARLIER,
    PROVENANCE,
    ALTERNATIVES,
    ACCOUNTS,
    NOTE
  }

  private static final Fields<F> FIELDS =
      Fields.of(
          F.class,
          F.CONDITIONS,
          F.COUNTER_PROPOSAL,
          F.SUPERSEDES_EARLIER,
          F.PROVENANCE,
          F.ALTERNATIVES,
          F.ACCOUNTS,
          F.NOTE);

  @Override
  public Class<Response> javaType() {
    return Response.class;
  }

  @Override
  public void write(Response value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeString(g, F.PARTY, value.party().value());
    FIELDS.write(g, F.DATE, value.date(), Vocabulary.REPORTED_DATE);
    FIELDS.write(g, F.STANCE, value.stance(), Vocabulary.RESPONSE_STANCE);
    FIELDS.writeArray(g, F.CONDITIONS, value.conditions(), Vocabulary.CONDITION);
    var counterProposalValue = value.counterProposal();
    if (counterProposalValue.isPresent()) {
      FIELDS.writeString(g, F.COUNTER_PROPOSAL, counterProposalValue.get().value());
    }
    FIELDS.writeBoolean(g, F.SUPERSEDES_EARLIER, value.supersedesEarlier());
    FIELDS.writeArray(g, F.PROVENANCE, value.provenance(), Vocabulary.STATEMENT);
    FIELDS.writeArray(g, F.ALTERNATIVES, value.alternatives(), Vocabulary.CONDITION_GROUP);
    FIELDS.writeArray(g, F.ACCOUNTS, value.accounts(), Vocabulary.RESPONSE_ACCOUNT);
    FIELDS.writeStringIfPresent(g, F.NOTE, value.note());
    g.writeEndObject();
  }

  @Override
  public Response read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    Response.Builder b = Response.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case PARTY:
          b.party(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case DATE:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case STANCE:
          b.stance(Vocabulary.RESPONSE_STANCE.read(p, ctx));
          break;
        case CONDITIONS:
          b.addAllConditions(Values.list(p, ctx, Vocabulary.CONDITION));
          break;
        case COUNTER_PROPOSAL:
          b.counterProposal(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case SUPERSEDES_EARLIER:
          b.supersedesEarlier(Values.booleanValue(p, ctx));
          break;
        case PROVENANCE:
          b.addAllProvenance(Values.list(p, ctx, Vocabulary.STATEMENT));
          break;
        case ALTERNATIVES:
          b.addAllAlternatives(Values.list(p, ctx, Vocabulary.CONDITION_GROUP));
          break;
        case ACCOUNTS:
          b.addAllAccounts(Values.list(p, ctx, Vocabulary.RESPONSE_ACCOUNT));
          break;
        case NOTE:
          b.note(Values.string(p, ctx));
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
