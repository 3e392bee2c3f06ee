package dev.parley.json.codec;

import dev.parley.exchange.FigurePart;
import java.io.IOException;

/**
 * {@code {"count": {"kind": "exact", "value": 31}, "category": "wounded_or_sick", "counting":
 * "in_addition", "description": "..."}}: one part of a release figure made of parts; {@code
 * category} and {@code description} are left out when absent.
 */
final class FigurePartCodec implements Codec<FigurePart> {
  private static final FieldSet FIELDS =
      FieldSet.of("count", "category?", "counting", "description?");

  @Override
  public Class<FigurePart> javaType() {
    return FigurePart.class;
  }

  @Override
  public void write(FigurePart value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("count");
    Vocabulary.ESTIMATE.write(value.count(), g);
    if (value.category().isPresent()) {
      g.writeFieldName("category");
      Vocabulary.RELEASE_CATEGORY.write(value.category().get(), g);
    }
    g.writeFieldName("counting");
    Vocabulary.QUOTA_COUNTING.write(value.counting(), g);
    if (value.description().isPresent()) {
      g.writeStringField("description", value.description().get());
    }
    g.writeEndObject();
  }

  @Override
  public FigurePart read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    FigurePart.Builder b = FigurePart.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (FIELDS.name(f)) {
        case "count":
          b.count(Vocabulary.ESTIMATE.read(p, ctx));
          break;
        case "category":
          b.category(Vocabulary.RELEASE_CATEGORY.read(p, ctx));
          break;
        case "counting":
          b.counting(Vocabulary.QUOTA_COUNTING.read(p, ctx));
          break;
        default:
          b.description(ctx.string(p));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
