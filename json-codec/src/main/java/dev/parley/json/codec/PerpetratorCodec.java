package dev.parley.json.codec;

import dev.parley.incident.Perpetrator;
import java.io.IOException;

/**
 * {@code {"party": "ru", "attribution": "attributed", "sources": [{"source": {...}, "stance":
 * "claims"}]}}; empty {@code sources} are left out, and {@code []} is accepted for them.
 */
final class PerpetratorCodec implements Codec<Perpetrator> {
  private static final FieldSet FIELDS = FieldSet.of("party", "attribution", "sources?");

  @Override
  public Class<Perpetrator> javaType() {
    return Perpetrator.class;
  }

  @Override
  public void write(Perpetrator value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField("party", value.party().value());
    g.writeFieldName("attribution");
    Vocabulary.ATTRIBUTION.write(value.attribution(), g);
    ListFields.writeUnlessEmpty("sources", value.sources(), Vocabulary.STATEMENT, g);
    g.writeEndObject();
  }

  @Override
  public Perpetrator read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    Perpetrator.Builder b = Perpetrator.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.party(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 1:
          b.attribution(Vocabulary.ATTRIBUTION.read(p, ctx));
          break;
        default:
          b.sources(ctx.list(p, Vocabulary.STATEMENT));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
