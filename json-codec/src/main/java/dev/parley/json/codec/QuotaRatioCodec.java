package dev.parley.json.codec;

import dev.parley.exchange.QuotaRatio;
import java.io.IOException;

/**
 * {@code {"released": 3, "per": 1, "counterpart": "hamas", "counterpartCategory": "minor"}}: the
 * ratio of a ratio quota; {@code counterpartCategory} is left out when every release of the
 * counterpart counts.
 */
final class QuotaRatioCodec implements Codec<QuotaRatio> {
  private static final FieldSet FIELDS =
      FieldSet.of("released", "per", "counterpart", "counterpartCategory?");

  @Override
  public Class<QuotaRatio> javaType() {
    return QuotaRatio.class;
  }

  @Override
  public void write(QuotaRatio value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("released", value.released());
    g.writeNumberField("per", value.per());
    g.writeStringField("counterpart", value.counterpart().value());
    if (value.counterpartCategory().isPresent()) {
      g.writeFieldName("counterpartCategory");
      Vocabulary.RELEASE_CATEGORY.write(value.counterpartCategory().get(), g);
    }
    g.writeEndObject();
  }

  @Override
  public QuotaRatio read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    QuotaRatio.Builder b = QuotaRatio.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (FIELDS.name(f)) {
        case "released":
          b.released(ctx.longValue(p));
          break;
        case "per":
          b.per(ctx.longValue(p));
          break;
        case "counterpart":
          b.counterpart(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        default:
          b.counterpartCategory(Vocabulary.RELEASE_CATEGORY.read(p, ctx));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
