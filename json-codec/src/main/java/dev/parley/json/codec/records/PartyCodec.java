package dev.parley.json.codec.records;

import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.json.codec.vocabulary.Vocabulary;
import dev.parley.party.Party;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * Record type {@code party}: {@code {"type": "party", "id": "ua:zelensky", "name": "Volodymyr
 * Zelensky", "kind": "person", "country": "UA", "actingFor": "ua"}}.
 */
final class PartyCodec extends RecordCodec<Party> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    ID,
    NAME,
    KIND,
    COUNTRY,
    ACTING_FOR
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.COUNTRY, F.ACTING_FOR);

  PartyCodec() {
    super("party", Party.class, FIELDS);
  }

  @Override
  protected void writeFields(Party value, TokenWriter g) throws IOException {
    FIELDS.writeString(g, F.ID, value.id().value());
    FIELDS.writeString(g, F.NAME, value.name());
    FIELDS.write(g, F.KIND, value.kind(), Vocabulary.PARTY_KIND);
    var countryValue = value.country();
    if (countryValue.isPresent()) {
      FIELDS.writeString(g, F.COUNTRY, countryValue.get().value());
    }
    var actingForValue = value.actingFor();
    if (actingForValue.isPresent()) {
      FIELDS.writeString(g, F.ACTING_FOR, actingForValue.get().value());
    }
  }

  @Override
  protected Party readFields(TokenReader p, ObjectCursor c, ReadContext ctx) throws IOException {
    Party.Builder b = Party.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case ID:
          b.id(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case NAME:
          b.name(Values.string(p, ctx));
          break;
        case KIND:
          b.kind(Vocabulary.PARTY_KIND.read(p, ctx));
          break;
        case COUNTRY:
          b.country(Vocabulary.COUNTRY.readPresent(p, ctx));
          break;
        case ACTING_FOR:
          b.actingFor(Vocabulary.PARTY_ID.readPresent(p, ctx));
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
