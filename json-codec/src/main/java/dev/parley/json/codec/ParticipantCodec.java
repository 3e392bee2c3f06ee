package dev.parley.json.codec;

import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import java.io.IOException;
import java.util.Objects;

/** {@code {"party": "ae", "role": "mediator"}}. */
final class ParticipantCodec implements Codec<Participant> {
  private static final FieldSet FIELDS = FieldSet.of("party", "role");

  @Override
  public Class<Participant> javaType() {
    return Participant.class;
  }

  @Override
  public void write(Participant value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField("party", value.party().value());
    g.writeFieldName("role");
    Vocabulary.ROLE.write(value.role(), g);
    g.writeEndObject();
  }

  @Override
  public Participant read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    PartyId party = null;
    Role role = null;
    for (int f; (f = c.next()) >= 0; ) {
      if (f == 0) {
        party = Vocabulary.PARTY_ID.read(p, ctx);
      } else {
        role = Vocabulary.ROLE.read(p, ctx);
      }
    }
    PartyId pa = Objects.requireNonNull(party);
    Role ro = Objects.requireNonNull(role);
    return ctx.build(c, () -> Participant.of(pa, ro));
  }
}
