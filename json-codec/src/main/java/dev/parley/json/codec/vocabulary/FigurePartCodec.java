package dev.parley.json.codec.vocabulary;

import dev.parley.exchange.FigurePart;
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
 * {@code {"count": {"kind": "exact", "value": 31}, "category": "wounded_or_sick", "counting":
 * "in_addition", "description": "..."}}: one part of a release figure made of parts; {@code
 * category} and {@code description} are left out when absent.
 */
final class FigurePartCodec implements Codec<FigurePart> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    COUNT,
    CATEGORY,
    COUNTING,
    DESCRIPTION
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.CATEGORY, F.DESCRIPTION);

  @Override
  public Class<FigurePart> javaType() {
    return FigurePart.class;
  }

  @Override
  public void write(FigurePart value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.write(g, F.COUNT, value.count(), Vocabulary.ESTIMATE);
    FIELDS.writeIfPresent(g, F.CATEGORY, value.category(), Vocabulary.RELEASE_CATEGORY);
    FIELDS.write(g, F.COUNTING, value.counting(), Vocabulary.QUOTA_COUNTING);
    FIELDS.writeStringIfPresent(g, F.DESCRIPTION, value.description());
    g.writeEndObject();
  }

  @Override
  public FigurePart read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    FigurePart.Builder b = FigurePart.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case COUNT:
          b.count(Vocabulary.ESTIMATE.read(p, ctx));
          break;
        case CATEGORY:
          b.category(Vocabulary.RELEASE_CATEGORY.readPresent(p, ctx));
          break;
        case COUNTING:
          b.counting(Vocabulary.QUOTA_COUNTING.read(p, ctx));
          break;
        default:
          b.description(Values.string(p, ctx));
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
