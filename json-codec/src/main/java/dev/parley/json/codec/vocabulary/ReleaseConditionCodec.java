package dev.parley.json.codec.vocabulary;

import dev.parley.ceasefire.ReleaseCondition;
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
 * {@code {"exchange": "agreement:2023-11-27-gaza-extension", "releasedBy": "hamas", "count": 20}}:
 * the releases a truce extension depends on; {@code releasedBy} and {@code count} are left out when
 * not reported.
 */
final class ReleaseConditionCodec implements Codec<ReleaseCondition> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    EXCHANGE,
    RELEASED_BY,
    COUNT
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.RELEASED_BY, F.COUNT);

  @Override
  public Class<ReleaseCondition> javaType() {
    return ReleaseCondition.class;
  }

  @Override
  public void write(ReleaseCondition value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeString(g, F.EXCHANGE, value.exchange().value());
    var releasedByValue = value.releasedBy();
    if (releasedByValue.isPresent()) {
      FIELDS.writeString(g, F.RELEASED_BY, releasedByValue.get().value());
    }
    FIELDS.writeIfPresent(g, F.COUNT, value.count());
    g.writeEndObject();
  }

  @Override
  public ReleaseCondition read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    ReleaseCondition.Builder b = ReleaseCondition.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case EXCHANGE:
          b.exchange(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case RELEASED_BY:
          b.releasedBy(Vocabulary.PARTY_ID.readPresent(p, ctx));
          break;
        case COUNT:
          b.count(Values.longValue(p, ctx));
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
