package dev.parley.json.codec;

import dev.parley.negotiation.Delegation;
import java.io.IOException;

/**
 * {@code {"party": "ru", "head": "Vladimir Medinsky", "members": ["..."]}}; {@code party} required,
 * {@code members} left out when empty.
 */
final class DelegationCodec implements Codec<Delegation> {
  private static final FieldSet FIELDS = FieldSet.of("party", "head?", "members?");

  @Override
  public Class<Delegation> javaType() {
    return Delegation.class;
  }

  @Override
  public void write(Delegation value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField("party", value.party().value());
    var headValue = value.head();
    if (headValue.isPresent()) {
      g.writeStringField("head", headValue.get());
    }
    Elements.write(g, "members", value.members(), Elements.STRING);
    g.writeEndObject();
  }

  @Override
  public Delegation read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    Delegation.Builder b = Delegation.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.party(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 1:
          b.head(ctx.string(p));
          break;
        default:
          b.addAllMembers(ctx.list(p, Elements.STRING));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
