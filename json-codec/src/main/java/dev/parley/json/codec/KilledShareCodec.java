package dev.parley.json.codec;

import dev.parley.incident.KilledShare;
import java.io.IOException;

/**
 * The dead of one group: {@code {"group": "side", "party": "ua", "killed": {"kind": "exact",
 * "value": 3}}}, {@code {"group": "civilians", "killed": {...}}} or {@code {"group": "unknown",
 * "killed": {...}}}. The core checks that only a share of a side names a party ({@code
 * INCIDENT_SHARE_PARTY}).
 */
final class KilledShareCodec implements Codec<KilledShare> {
  private static final FieldSet FIELDS = FieldSet.of("group", "party?", "killed");

  @Override
  public Class<KilledShare> javaType() {
    return KilledShare.class;
  }

  @Override
  public void write(KilledShare value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("group");
    Vocabulary.KILLED_GROUP.write(value.group(), g);
    if (value.party().isPresent()) {
      g.writeStringField("party", value.party().get().value());
    }
    g.writeFieldName("killed");
    Vocabulary.ESTIMATE.write(value.killed(), g);
    g.writeEndObject();
  }

  @Override
  public KilledShare read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    KilledShare.Builder b = KilledShare.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.group(Vocabulary.KILLED_GROUP.read(p, ctx));
          break;
        case 1:
          b.party(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        default:
          b.killed(Vocabulary.ESTIMATE.read(p, ctx));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
