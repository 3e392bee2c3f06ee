package dev.parley.json.codec.vocabulary;

import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.util.Objects;

/** {@code {"party": "ae", "role": "mediator"}}. */
final class ParticipantCodec implements Codec<Participant> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    PARTY,
    ROLE
  }

  private static final Fields<F> FIELDS = Fields.of(F.class);

  @Override
  public Class<Participant> javaType() {
    return Participant.class;
  }

  @Override
  public void write(Participant value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeString(g, F.PARTY, value.party().value());
    FIELDS.write(g, F.ROLE, value.role(), Vocabulary.ROLE);
    g.writeEndObject();
  }

  @Override
  public Participant read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    PartyId party = null;
    Role role = null;
    for (F f; (f = c.next(FIELDS)) != null; ) {
      if (f == F.PARTY) {
        party = Vocabulary.PARTY_ID.read(p, ctx);
      } else {
        role = Vocabulary.ROLE.read(p, ctx);
      }
    }
    PartyId pa = Objects.requireNonNull(party);
    Role ro = Objects.requireNonNull(role);
    try {
      return Participant.of(pa, ro);
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
