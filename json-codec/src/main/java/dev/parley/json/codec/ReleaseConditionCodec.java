package dev.parley.json.codec;

import dev.parley.ceasefire.ReleaseCondition;
import java.io.IOException;

/**
 * {@code {"exchange": "agreement:2023-11-27-gaza-extension", "releasedBy": "hamas", "count": 20}}:
 * the releases a truce extension depends on; {@code releasedBy} and {@code count} are left out when
 * not reported.
 */
final class ReleaseConditionCodec implements Codec<ReleaseCondition> {
  private static final FieldSet FIELDS = FieldSet.of("exchange", "releasedBy?", "count?");

  @Override
  public Class<ReleaseCondition> javaType() {
    return ReleaseCondition.class;
  }

  @Override
  public void write(ReleaseCondition value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField("exchange", value.exchange().value());
    var releasedByValue = value.releasedBy();
    if (releasedByValue.isPresent()) {
      g.writeStringField("releasedBy", releasedByValue.get().value());
    }
    var countValue = value.count();
    if (countValue.isPresent()) {
      g.writeNumberField("count", countValue.getAsLong());
    }
    g.writeEndObject();
  }

  @Override
  public ReleaseCondition read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    ReleaseCondition.Builder b = ReleaseCondition.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.exchange(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 1:
          b.releasedBy(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        default:
          b.count(ctx.longValue(p));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
