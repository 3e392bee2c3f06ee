package dev.parley.json.codec;

import dev.parley.ceasefire.ResponseAccount;
import java.io.IOException;

/**
 * {@code {"stance": "rejected", "provenance": [...], "note": "..."}}: another source's account of a
 * response; {@code stance} required, {@code provenance} at least one statement (a missing or empty
 * list breaks {@code CEASEFIRE_ACCOUNT_UNSOURCED}).
 */
final class ResponseAccountCodec implements Codec<ResponseAccount> {
  private static final FieldSet FIELDS = FieldSet.of("stance", "provenance?", "note?");

  @Override
  public Class<ResponseAccount> javaType() {
    return ResponseAccount.class;
  }

  @Override
  public void write(ResponseAccount value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("stance");
    Vocabulary.RESPONSE_STANCE.write(value.stance(), g);
    Elements.write(g, "provenance", value.provenance(), Vocabulary.STATEMENT);
    var noteValue = value.note();
    if (noteValue.isPresent()) {
      g.writeStringField("note", noteValue.get());
    }
    g.writeEndObject();
  }

  @Override
  public ResponseAccount read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    ResponseAccount.Builder b = ResponseAccount.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.stance(Vocabulary.RESPONSE_STANCE.read(p, ctx));
          break;
        case 1:
          b.addAllProvenance(ctx.list(p, Vocabulary.STATEMENT));
          break;
        default:
          b.note(ctx.string(p));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
