package dev.parley.json.codec.vocabulary;

import dev.parley.exchange.AgeRange;
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
 * {@code {"from": 18, "to": 25}}: a quota's age bracket in whole years, both ends included; an open
 * end is left out (at least one is given: {@code EXCHANGE_AGE_RANGE}).
 */
final class AgeRangeCodec implements Codec<AgeRange> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    FROM,
    TO
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.FROM, F.TO);

  @Override
  public Class<AgeRange> javaType() {
    return AgeRange.class;
  }

  @Override
  public void write(AgeRange value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeIfPresent(g, F.FROM, value.from());
    FIELDS.writeIfPresent(g, F.TO, value.to());
    g.writeEndObject();
  }

  @Override
  public AgeRange read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    AgeRange.Builder b = AgeRange.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      if (f == F.FROM) {
        b.from(Values.intValue(p, ctx));
      } else {
        b.to(Values.intValue(p, ctx));
      }
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
