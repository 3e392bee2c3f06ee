package dev.parley.json.codec.vocabulary;

import dev.parley.exchange.NotableRelease;
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
 * {@code {"name": "Viktor Medvedchuk", "party": "ua:opzzh", "category": "civilian"}}: a released
 * person a figure names, counted inside it; {@code party} and {@code category} are left out when
 * absent.
 */
final class NotableReleaseCodec implements Codec<NotableRelease> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    NAME,
    PARTY,
    CATEGORY
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.PARTY, F.CATEGORY);

  @Override
  public Class<NotableRelease> javaType() {
    return NotableRelease.class;
  }

  @Override
  public void write(NotableRelease value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeString(g, F.NAME, value.name());
    var partyValue = value.party();
    if (partyValue.isPresent()) {
      FIELDS.writeString(g, F.PARTY, partyValue.get().value());
    }
    FIELDS.writeIfPresent(g, F.CATEGORY, value.category(), Vocabulary.RELEASE_CATEGORY);
    g.writeEndObject();
  }

  @Override
  public NotableRelease read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    NotableRelease.Builder b = NotableRelease.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case NAME:
          b.name(Values.string(p, ctx));
          break;
        case PARTY:
          b.party(Vocabulary.PARTY_ID.readPresent(p, ctx));
          break;
        default:
          b.category(Vocabulary.RELEASE_CATEGORY.readPresent(p, ctx));
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
