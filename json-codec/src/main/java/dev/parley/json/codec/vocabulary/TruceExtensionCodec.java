package dev.parley.json.codec.vocabulary;

import dev.parley.ceasefire.TruceExtension;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * {@code {"announced": "2023-11-27", "end": "2023-11-30T07:00+02:00[Asia/Gaza]", "condition":
 * {...}}}: one extension of a truce; {@code condition} is left out for an unconditional extension.
 */
final class TruceExtensionCodec implements Codec<TruceExtension> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    ANNOUNCED,
    END,
    CONDITION
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.CONDITION);

  @Override
  public Class<TruceExtension> javaType() {
    return TruceExtension.class;
  }

  @Override
  public void write(TruceExtension value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.write(g, F.ANNOUNCED, value.announced(), Vocabulary.TIME_POINT);
    FIELDS.write(g, F.END, value.end(), Vocabulary.TIME_POINT);
    FIELDS.writeIfPresent(g, F.CONDITION, value.condition(), Vocabulary.RELEASE_CONDITION);
    g.writeEndObject();
  }

  @Override
  public TruceExtension read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    TruceExtension.Builder b = TruceExtension.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case ANNOUNCED:
          b.announced(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        case END:
          b.end(Vocabulary.TIME_POINT.read(p, ctx));
          break;
        case CONDITION:
          b.condition(Vocabulary.RELEASE_CONDITION.read(p, ctx));
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
