package dev.parley.json.codec.vocabulary;

import dev.parley.ceasefire.ResponseAccount;
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
 * {@code {"stance": "rejected", "provenance": [...], "note": "..."}}: another source's account of a
 * response; {@code stance} required, {@code provenance} at least one statement (a missing or empty
 * list breaks {@code CEASEFIRE_ACCOUNT_UNSOURCED}).
 */
final class ResponseAccountCodec implements Codec<ResponseAccount> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    STANCE,
    PROVENANCE,
    NOTE
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.PROVENANCE, F.NOTE);

  @Override
  public Class<ResponseAccount> javaType() {
    return ResponseAccount.class;
  }

  @Override
  public void write(ResponseAccount value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.write(g, F.STANCE, value.stance(), Vocabulary.RESPONSE_STANCE);
    FIELDS.writeArray(g, F.PROVENANCE, value.provenance(), Vocabulary.STATEMENT);
    FIELDS.writeStringIfPresent(g, F.NOTE, value.note());
    g.writeEndObject();
  }

  @Override
  public ResponseAccount read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    ResponseAccount.Builder b = ResponseAccount.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case STANCE:
          b.stance(Vocabulary.RESPONSE_STANCE.read(p, ctx));
          break;
        case PROVENANCE:
          b.addAllProvenance(Values.list(p, ctx, Vocabulary.STATEMENT));
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
