package dev.parley.json.codec;

import dev.parley.exchange.AgeRange;
import java.io.IOException;

/**
 * {@code {"from": 18, "to": 25}}: a quota's age bracket in whole years, both ends included; an open
 * end is left out (at least one is given: {@code EXCHANGE_AGE_RANGE}).
 */
final class AgeRangeCodec implements Codec<AgeRange> {
  private static final FieldSet FIELDS = FieldSet.of("from?", "to?");

  @Override
  public Class<AgeRange> javaType() {
    return AgeRange.class;
  }

  @Override
  public void write(AgeRange value, TokenWriter g) throws IOException {
    g.writeStartObject();
    if (value.from().isPresent()) {
      g.writeNumberField("from", value.from().getAsInt());
    }
    if (value.to().isPresent()) {
      g.writeNumberField("to", value.to().getAsInt());
    }
    g.writeEndObject();
  }

  @Override
  public AgeRange read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    AgeRange.Builder b = AgeRange.builder();
    for (int f; (f = c.next()) >= 0; ) {
      if (FIELDS.name(f).equals("from")) {
        b.from(ExchangeCodec.intValue(p, ctx));
      } else {
        b.to(ExchangeCodec.intValue(p, ctx));
      }
    }
    return ctx.build(c, b::build);
  }
}
