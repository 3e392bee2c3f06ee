package dev.parley.json.codec;

import dev.parley.ceasefire.Response;
import java.io.IOException;

/**
 * {@code {"party": "ru", "date": "2025-05-16", "stance": "counter_proposal", "conditions": [...],
 * "counterProposal": "ceasefire:2025-05-ru-preconditions", "supersedesEarlier": true, "provenance":
 * [...], "alternatives": [{"conditions": [...]}, ...], "accounts": [...], "note": "..."}}; {@code
 * party}, {@code date} and {@code stance} required. {@code supersedesEarlier} is written only when
 * true; reading takes {@code true} or {@code false}.
 */
final class ResponseCodec implements Codec<Response> {
  private static final FieldSet FIELDS =
      FieldSet.of(
          "party",
          "date",
          "stance",
          "conditions?",
          "counterProposal?",
          "supersedesEarlier?",
          "provenance?",
          "alternatives?",
          "accounts?",
          "note?");

  @Override
  public Class<Response> javaType() {
    return Response.class;
  }

  @Override
  public void write(Response value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField("party", value.party().value());
    g.writeFieldName("date");
    Vocabulary.REPORTED_DATE.write(value.date(), g);
    g.writeFieldName("stance");
    Vocabulary.RESPONSE_STANCE.write(value.stance(), g);
    Elements.write(g, "conditions", value.conditions(), Vocabulary.CONDITION);
    var counterProposalValue = value.counterProposal();
    if (counterProposalValue.isPresent()) {
      g.writeStringField("counterProposal", counterProposalValue.get().value());
    }
    if (value.supersedesEarlier()) {
      g.writeBooleanField("supersedesEarlier", true);
    }
    Elements.write(g, "provenance", value.provenance(), Vocabulary.STATEMENT);
    Elements.write(g, "alternatives", value.alternatives(), Vocabulary.CONDITION_GROUP);
    Elements.write(g, "accounts", value.accounts(), Vocabulary.RESPONSE_ACCOUNT);
    var noteValue = value.note();
    if (noteValue.isPresent()) {
      g.writeStringField("note", noteValue.get());
    }
    g.writeEndObject();
  }

  @Override
  public Response read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    Response.Builder b = Response.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.party(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 1:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case 2:
          b.stance(Vocabulary.RESPONSE_STANCE.read(p, ctx));
          break;
        case 3:
          b.addAllConditions(ctx.list(p, Vocabulary.CONDITION));
          break;
        case 4:
          b.counterProposal(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 5:
          b.supersedesEarlier(Elements.booleanValue(p, ctx));
          break;
        case 6:
          b.addAllProvenance(ctx.list(p, Vocabulary.STATEMENT));
          break;
        case 7:
          b.addAllAlternatives(ctx.list(p, Vocabulary.CONDITION_GROUP));
          break;
        case 8:
          b.addAllAccounts(ctx.list(p, Vocabulary.RESPONSE_ACCOUNT));
          break;
        default:
          b.note(ctx.string(p));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
