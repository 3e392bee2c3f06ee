package dev.parley.json.codec.vocabulary;

import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.negotiation.Delegation;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * {@code {"party": "ru", "head": "Vladimir Medinsky", "members": ["..."]}}; {@code party} required,
 * {@code members} left out when empty.
 */
final class DelegationCodec implements Codec<Delegation> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    PARTY,
    HEAD,
    MEMBERS
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.HEAD, F.MEMBERS);

  @Override
  public Class<Delegation> javaType() {
    return Delegation.class;
  }

  @Override
  public void write(Delegation value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeString(g, F.PARTY, value.party().value());
    FIELDS.writeStringIfPresent(g, F.HEAD, value.head());
    FIELDS.writeArray(g, F.MEMBERS, value.members(), Values.STRING);
    g.writeEndObject();
  }

  @Override
  public Delegation read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    Delegation.Builder b = Delegation.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case PARTY:
          b.party(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case HEAD:
          b.head(Values.string(p, ctx));
          break;
        case MEMBERS:
          b.addAllMembers(Values.list(p, ctx, Values.STRING));
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
