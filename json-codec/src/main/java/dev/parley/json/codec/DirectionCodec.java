package dev.parley.json.codec;

import dev.parley.exchange.Direction;
import dev.parley.exchange.ReleaseFigure;
import java.io.IOException;

/**
 * {@code {"releasing": "ru", "receiving": "ua", "figures": [...]}}: who released people to whom,
 * and the figures the sources gave, the accepted one first. A direction with no figure (an unknown
 * count) has no {@code figures}; reading accepts {@code []} for it. {@code custody}, the third
 * party that holds the released people, is left out when there is none.
 */
final class DirectionCodec implements Codec<Direction> {
  private static final FieldSet FIELDS =
      FieldSet.of("releasing", "receiving", "figures?", "custody?");

  @Override
  public Class<Direction> javaType() {
    return Direction.class;
  }

  @Override
  public void write(Direction value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField("releasing", value.releasing().value());
    g.writeStringField("receiving", value.receiving().value());
    if (!value.figures().isEmpty()) {
      g.writeFieldName("figures");
      g.writeStartArray();
      for (ReleaseFigure f : value.figures()) {
        Vocabulary.RELEASE_FIGURE.write(f, g);
      }
      g.writeEndArray();
    }
    if (value.custody().isPresent()) {
      g.writeFieldName("custody");
      Vocabulary.CUSTODY.write(value.custody().get(), g);
    }
    g.writeEndObject();
  }

  @Override
  public Direction read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    Direction.Builder b = Direction.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.releasing(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 1:
          b.receiving(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 2:
          b.figures(ctx.list(p, Vocabulary.RELEASE_FIGURE));
          break;
        default:
          b.custody(Vocabulary.CUSTODY.read(p, ctx));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
