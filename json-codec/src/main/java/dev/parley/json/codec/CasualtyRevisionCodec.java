package dev.parley.json.codec;

import dev.parley.incident.CasualtyRevision;
import java.io.IOException;

/**
 * One dated, sourced report of a toll: {@code {"date": "2025-05-23", "killed": {"kind": "exact",
 * "value": 1}, "injured": {"kind": "exact", "value": 8}, "sources": [...]}}. Both figures are
 * required (an unknown one is {@code {"kind": "unknown"}}), and so is {@code sources}: the core
 * requires at least one ({@code INCIDENT_REVISION_UNSOURCED}). {@code killedAmong}, the dead per
 * group, is left out when empty and accepts {@code []}.
 */
final class CasualtyRevisionCodec implements Codec<CasualtyRevision> {
  private static final FieldSet FIELDS =
      FieldSet.of("date", "killed", "killedAmong?", "injured", "sources");

  @Override
  public Class<CasualtyRevision> javaType() {
    return CasualtyRevision.class;
  }

  @Override
  public void write(CasualtyRevision value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("date");
    Vocabulary.REPORTED_DATE.write(value.date(), g);
    g.writeFieldName("killed");
    Vocabulary.ESTIMATE.write(value.killed(), g);
    ListFields.writeUnlessEmpty("killedAmong", value.killedAmong(), Vocabulary.KILLED_SHARE, g);
    g.writeFieldName("injured");
    Vocabulary.ESTIMATE.write(value.injured(), g);
    ListFields.write("sources", value.sources(), Vocabulary.STATEMENT, g);
    g.writeEndObject();
  }

  @Override
  public CasualtyRevision read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    CasualtyRevision.Builder b = CasualtyRevision.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case 1:
          b.killed(Vocabulary.ESTIMATE.read(p, ctx));
          break;
        case 2:
          b.killedAmong(ctx.list(p, Vocabulary.KILLED_SHARE));
          break;
        case 3:
          b.injured(Vocabulary.ESTIMATE.read(p, ctx));
          break;
        default:
          b.sources(ctx.list(p, Vocabulary.STATEMENT));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
