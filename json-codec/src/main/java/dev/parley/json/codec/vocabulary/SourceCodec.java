package dev.parley.json.codec.vocabulary;

import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCodec;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.provenance.Source;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@code {"speaker": "ru", "organ": "Ministry of Defence", "outlet": "Telegram", "link":
 * "https://...", "published": "2025-05-23"}}, every property optional (the core requires one of
 * speaker, organ and outlet).
 */
final class SourceCodec extends ObjectCodec<Source> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    SPEAKER,
    ORGAN,
    OUTLET,
    LINK,
    PUBLISHED
  }

  private static final Fields<F> FIELDS =
      Fields.of(F.class, F.SPEAKER, F.ORGAN, F.OUTLET, F.LINK, F.PUBLISHED);

  @Override
  public Class<Source> javaType() {
    return Source.class;
  }

  @Override
  protected void writeFields(Source value, TokenWriter g) throws IOException {
    var speakerValue = value.speaker();
    if (speakerValue.isPresent()) {
      FIELDS.writeString(g, F.SPEAKER, speakerValue.get().value());
    }
    FIELDS.writeStringIfPresent(g, F.ORGAN, value.organ());
    FIELDS.writeStringIfPresent(g, F.OUTLET, value.outlet());
    var linkValue = value.link();
    if (linkValue.isPresent()) {
      FIELDS.writeString(g, F.LINK, linkValue.get().toString());
    }
    FIELDS.writeIfPresent(g, F.PUBLISHED, value.published(), Vocabulary.REPORTED_DATE);
  }

  @Override
  public Source read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    Source.Builder b = Source.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case SPEAKER:
          b.speaker(Vocabulary.PARTY_ID.readPresent(p, ctx));
          break;
        case ORGAN:
          b.organ(Vocabulary.REPEATED_TEXT.readPresent(p, ctx));
          break;
        case OUTLET:
          b.outlet(Vocabulary.REPEATED_TEXT.readPresent(p, ctx));
          break;
        case LINK:
          b.link(Values.text(p, ctx, SourceCodec::uri));
          break;
        case PUBLISHED:
          b.published(Vocabulary.REPORTED_DATE.readPresent(p, ctx));
          break;
      }
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
