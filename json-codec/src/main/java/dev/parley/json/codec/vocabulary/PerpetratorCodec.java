package dev.parley.json.codec.vocabulary;

import dev.parley.incident.Perpetrator;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCodec;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * {@code {"party": "ru", "attribution": "attributed", "sources": [{"source": {...}, "stance":
 * "claims"}]}}; empty {@code sources} are left out, and {@code []} is accepted for them.
 */
final class PerpetratorCodec extends ObjectCodec<Perpetrator> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    PARTY,
    ATTRIBUTION,
    SOURCES
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.SOURCES);

  @Override
  public Class<Perpetrator> javaType() {
    return Perpetrator.class;
  }

  @Override
  protected void writeFields(Perpetrator value, TokenWriter g) throws IOException {
    FIELDS.writeString(g, F.PARTY, value.party().value());
    FIELDS.write(g, F.ATTRIBUTION, value.attribution(), Vocabulary.ATTRIBUTION);
    FIELDS.writeArray(g, F.SOURCES, value.sources(), Vocabulary.STATEMENT);
  }

  @Override
  public Perpetrator read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    Perpetrator.Builder b = Perpetrator.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case PARTY:
          b.party(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case ATTRIBUTION:
          b.attribution(Vocabulary.ATTRIBUTION.read(p, ctx));
          break;
        case SOURCES:
          b.sources(Values.list(p, ctx, Vocabulary.STATEMENT));
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
