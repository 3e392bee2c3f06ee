package dev.parley.json.codec;

import dev.parley.party.Party;
import java.io.IOException;

/**
 * Record type {@code party}: {@code {"type": "party", "id": "ua:zelensky", "name": "Volodymyr
 * Zelensky", "kind": "person", "country": "UA", "actingFor": "ua"}}.
 */
final class PartyCodec extends RecordCodec<Party> {
  private static final FieldSet FIELDS =
      FieldSet.of("id", "name", "kind", "country?", "actingFor?");

  PartyCodec() {
    super("party", Party.class, FIELDS);
  }

  @Override
  protected void writeFields(Party value, TokenWriter g) throws IOException {
    g.writeStringField("id", value.id().value());
    g.writeStringField("name", value.name());
    g.writeFieldName("kind");
    Vocabulary.PARTY_KIND.write(value.kind(), g);
    var countryValue = value.country();
    if (countryValue.isPresent()) {
      g.writeStringField("country", countryValue.get().value());
    }
    var actingForValue = value.actingFor();
    if (actingForValue.isPresent()) {
      g.writeStringField("actingFor", actingForValue.get().value());
    }
  }

  @Override
  protected Party readFields(TokenReader p, ObjectCursor c, ReadContext ctx) throws IOException {
    Party.Builder b = Party.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.id(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 1:
          b.name(ctx.string(p));
          break;
        case 2:
          b.kind(Vocabulary.PARTY_KIND.read(p, ctx));
          break;
        case 3:
          b.country(Vocabulary.COUNTRY.read(p, ctx));
          break;
        default:
          b.actingFor(Vocabulary.PARTY_ID.read(p, ctx));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
