package dev.parley.json.codec;

import dev.parley.exchange.NotableRelease;
import java.io.IOException;

/**
 * {@code {"name": "Viktor Medvedchuk", "party": "ua:opzzh", "category": "civilian"}}: a released
 * person a figure names, counted inside it; {@code party} and {@code category} are left out when
 * absent.
 */
final class NotableReleaseCodec implements Codec<NotableRelease> {
  private static final FieldSet FIELDS = FieldSet.of("name", "party?", "category?");

  @Override
  public Class<NotableRelease> javaType() {
    return NotableRelease.class;
  }

  @Override
  public void write(NotableRelease value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", value.name());
    if (value.party().isPresent()) {
      g.writeStringField("party", value.party().get().value());
    }
    if (value.category().isPresent()) {
      g.writeFieldName("category");
      Vocabulary.RELEASE_CATEGORY.write(value.category().get(), g);
    }
    g.writeEndObject();
  }

  @Override
  public NotableRelease read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    NotableRelease.Builder b = NotableRelease.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (FIELDS.name(f)) {
        case "name":
          b.name(ctx.string(p));
          break;
        case "party":
          b.party(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        default:
          b.category(Vocabulary.RELEASE_CATEGORY.read(p, ctx));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
