package dev.parley.json.codec;

import dev.parley.ceasefire.TruceExtension;
import java.io.IOException;

/**
 * {@code {"announced": "2023-11-27", "end": "2023-11-30T07:00+02:00[Asia/Gaza]", "condition":
 * {...}}}: one extension of a truce; {@code condition} is left out for an unconditional extension.
 */
final class TruceExtensionCodec implements Codec<TruceExtension> {
  private static final FieldSet FIELDS = FieldSet.of("announced", "end", "condition?");

  @Override
  public Class<TruceExtension> javaType() {
    return TruceExtension.class;
  }

  @Override
  public void write(TruceExtension value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("announced");
    Vocabulary.TIME_POINT.write(value.announced(), g);
    g.writeFieldName("end");
    Vocabulary.TIME_POINT.write(value.end(), g);
    var conditionValue = value.condition();
    if (conditionValue.isPresent()) {
      g.writeFieldName("condition");
      Vocabulary.RELEASE_CONDITION.write(conditionValue.get(), g);
    }
    g.writeEndObject();
  }

  @Override
  public TruceExtension read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    TruceExtension.Builder b = TruceExtension.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.announced(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        case 1:
          b.end(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        default:
          b.condition(Vocabulary.RELEASE_CONDITION.read(p, ctx));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
