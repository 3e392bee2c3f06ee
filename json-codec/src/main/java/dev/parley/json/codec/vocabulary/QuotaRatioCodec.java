package dev.parley.json.codec.vocabulary;

import dev.parley.exchange.QuotaRatio;
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
 * {@code {"released": 3, "per": 1, "counterpart": "hamas", "counterpartCategory": "minor"}}: the
 * ratio of a ratio quota; {@code counterpartCategory} is left out when every release of the
 * counterpart counts.
 */
final class QuotaRatioCodec implements Codec<QuotaRatio> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    RELEASED,
    PER,
    COUNTERPART,
    COUNTERPART_CATEGORY
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.COUNTERPART_CATEGORY);

  @Override
  public Class<QuotaRatio> javaType() {
    return QuotaRatio.class;
  }

  @Override
  public void write(QuotaRatio value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeNumber(g, F.RELEASED, value.released());
    FIELDS.writeNumber(g, F.PER, value.per());
    FIELDS.writeString(g, F.COUNTERPART, value.counterpart().value());
    var counterpartCategoryValue = value.counterpartCategory();
    if (counterpartCategoryValue.isPresent()) {
      FIELDS.write(
          g, F.COUNTERPART_CATEGORY, counterpartCategoryValue.get(), Vocabulary.RELEASE_CATEGORY);
    }
    g.writeEndObject();
  }

  @Override
  public QuotaRatio read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    QuotaRatio.Builder b = QuotaRatio.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case RELEASED:
          b.released(Values.longValue(p, ctx));
          break;
        case PER:
          b.per(Values.longValue(p, ctx));
          break;
        case COUNTERPART:
          b.counterpart(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        default:
          b.counterpartCategory(Vocabulary.RELEASE_CATEGORY.readPresent(p, ctx));
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
