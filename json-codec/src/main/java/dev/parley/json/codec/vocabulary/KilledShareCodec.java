package dev.parley.json.codec.vocabulary;

import dev.parley.incident.KilledShare;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * The dead of one group: {@code {"group": "side", "party": "ua", "killed": {"kind": "exact",
 * "value": 3}}}, {@code {"group": "civilians", "killed": {...}}} or {@code {"group": "unknown",
 * "killed": {...}}}. The core checks that only a share of a side names a party ({@code
 * INCIDENT_SHARE_PARTY}).
 */
final class KilledShareCodec implements Codec<KilledShare> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    GROUP,
    PARTY,
    KILLED
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.PARTY);

  @Override
  public Class<KilledShare> javaType() {
    return KilledShare.class;
  }

  @Override
  public void write(KilledShare value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.write(g, F.GROUP, value.group(), Vocabulary.KILLED_GROUP);
    var partyValue = value.party();
    if (partyValue.isPresent()) {
      FIELDS.writeString(g, F.PARTY, partyValue.get().value());
    }
    FIELDS.write(g, F.KILLED, value.killed(), Vocabulary.ESTIMATE);
    g.writeEndObject();
  }

  @Override
  public KilledShare read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    KilledShare.Builder b = KilledShare.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case GROUP:
          b.group(Vocabulary.KILLED_GROUP.read(p, ctx));
          break;
        case PARTY:
          b.party(Vocabulary.PARTY_ID.readPresent(p, ctx));
          break;
        case KILLED:
          b.killed(Vocabulary.ESTIMATE.read(p, ctx));
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
