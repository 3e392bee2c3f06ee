package dev.parley.json.codec;

import dev.parley.provenance.Source;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@code {"speaker": "ru", "organ": "Ministry of Defence", "outlet": "Telegram", "link":
 * "https://...", "published": "2025-05-23"}}, every property optional (the core requires one of
 * speaker, organ and outlet).
 */
final class SourceCodec implements Codec<Source> {
  private static final FieldSet FIELDS =
      FieldSet.of("speaker?", "organ?", "outlet?", "link?", "published?");

  @Override
  public Class<Source> javaType() {
    return Source.class;
  }

  @Override
  public void write(Source value, TokenWriter g) throws IOException {
    g.writeStartObject();
    var speakerValue = value.speaker();
    if (speakerValue.isPresent()) {
      g.writeStringField("speaker", speakerValue.get().value());
    }
    var organValue = value.organ();
    if (organValue.isPresent()) {
      g.writeStringField("organ", organValue.get());
    }
    var outletValue = value.outlet();
    if (outletValue.isPresent()) {
      g.writeStringField("outlet", outletValue.get());
    }
    var linkValue = value.link();
    if (linkValue.isPresent()) {
      g.writeStringField("link", linkValue.get().toString());
    }
    var publishedValue = value.published();
    if (publishedValue.isPresent()) {
      g.writeFieldName("published");
      Vocabulary.REPORTED_DATE.write(publishedValue.get(), g);
    }
    g.writeEndObject();
  }

  @Override
  public Source read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    Source.Builder b = Source.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.speaker(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 1:
          b.organ(ctx.string(p));
          break;
        case 2:
          b.outlet(ctx.string(p));
          break;
        case 3:
          b.link(ctx.text(p, SourceCodec::uri));
          break;
        default:
          b.published(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
      }
    }
    return ctx.build(c, b::build);
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
